"""Which delivery carriers mean "collect in store": detected by type or by name, or named by IT.

Odoo marks an in-store pickup carrier with its own delivery type only when a click-and-collect
module is installed (`onsite`, website_sale_picking, 17; `in_store`, website_sale_collect, 18+).
A community store without it uses an ordinary `fixed` carrier named for the store, such as
"Click & Collect – Brussels" or "Retrait magasin". So a carrier is taken when its type is an
in-store pickup OR its name holds one of the words below, compared without case or accents.
IT can replace the detection with a list of carrier names (`store.click_collect_carriers`).
Every choice carries its reason, so setup and doctor can say why a carrier was taken.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storeapp.core.text import msg
from storeapp.core.wording import fold

# Carrier delivery types that mean "collect in store": 17 website_sale_picking, 18 _collect.
PICKUP_DELIVERY_TYPES = ("onsite", "in_store")

# Pickings still to be picked or handed over: what "open orders" counts.
OPEN_PICKING_STATES = ("confirmed", "waiting", "assigned")

# Words (already without case or accents) that name a click-and-collect carrier, in the
# languages of the stores: English, French, Dutch, German, Spanish, Italian, Portuguese, Polish.
PICKUP_NAME_WORDS = (
    "collect",
    "pickup",
    "pick up",
    "pick-up",
    "in store",
    "in-store",
    "retrait",
    "afhalen",
    "afhaal",
    "ophalen",
    "abholung",
    "abholen",
    "recogida",
    "ritiro",
    "levantamento",
    "odbior",
)


@dataclass(frozen=True)
class CarrierInfo:
    """A delivery carrier as Odoo knows it."""

    id: int
    name: str
    delivery_type: str | None = None


@dataclass(frozen=True)
class TakenCarrier:
    """A carrier counted as click-and-collect, and why (for setup and doctor)."""

    carrier: CarrierInfo
    reason: str


@dataclass(frozen=True)
class CarrierChoice:
    """The outcome of choosing: carriers taken, and configured names that match none."""

    taken: tuple[TakenCarrier, ...]
    overridden: bool  # True: IT named the carriers; False: detected
    unknown_names: tuple[str, ...] = ()

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(sorted(t.carrier.id for t in self.taken))

    def describe(self) -> list[str]:
        """One line per carrier taken, e.g. "Click & Collect – Brussels (name has 'collect')"."""
        return [f"{t.carrier.name} ({t.reason})" for t in self.taken]


def detection_reason(carrier: CarrierInfo) -> str | None:
    """Why `carrier` looks like click-and-collect, or None when it does not."""
    if carrier.delivery_type in PICKUP_DELIVERY_TYPES:
        return msg("delivery type {type}", type=carrier.delivery_type)
    name = fold(carrier.name or "")
    for word in PICKUP_NAME_WORDS:
        if word in name:
            return msg("name has '{word}'", word=word)
    return None


def choose_carriers(
    carriers: Iterable[CarrierInfo], configured: Sequence[str] = ()
) -> CarrierChoice:
    """The click-and-collect carriers among `carriers`: the ones IT named in `configured`
    (compared without case or accents), else the ones detected by type or name."""
    every = sorted(carriers, key=lambda c: c.id)
    if configured:
        wanted = {fold(name): name for name in configured if name.strip()}
        taken = tuple(
            TakenCarrier(c, msg("named in store.click_collect_carriers"))
            for c in every
            if fold(c.name or "") in wanted
        )
        found = {fold(t.carrier.name) for t in taken}
        unknown = tuple(name for key, name in wanted.items() if key not in found)
        return CarrierChoice(taken, overridden=True, unknown_names=unknown)
    detected = []
    for carrier in every:
        reason = detection_reason(carrier)
        if reason is not None:
            detected.append(TakenCarrier(carrier, reason))
    return CarrierChoice(tuple(detected), overridden=False)
