"""Names, categories and barcodes for generated products and people."""

from __future__ import annotations

import random

CATEGORIES = {
    "Kitchen": [
        ("Stoneware Mug", "350 ml"),
        ("Chef's Knife", "20 cm"),
        ("Cast Iron Skillet", "26 cm"),
        ("Glass Storage Jar", "1 l"),
        ("Bamboo Cutting Board", "Large"),
        ("Espresso Cup", "Set of 2"),
        ("Linen Tea Towel", "50x70"),
        ("Salad Bowl", "Olive Wood"),
        ("Measuring Jug", "500 ml"),
        ("Wine Glass", "Set of 4"),
        ("Enamel Casserole", "24 cm"),
        ("Pepper Mill", "Beech"),
    ],
    "Home Decor": [
        ("Scented Candle", "Fig"),
        ("Cushion Cover", "Velvet 45x45"),
        ("Photo Frame", "13x18"),
        ("Ceramic Vase", "Tall"),
        ("Wall Mirror", "Round 60 cm"),
        ("Throw Blanket", "Wool"),
        ("Table Lamp", "Brass"),
        ("Woven Basket", "Seagrass"),
        ("Wall Clock", "Oak"),
    ],
    "Garden": [
        ("Terracotta Pot", "18 cm"),
        ("Pruning Shears", "Bypass"),
        ("Watering Can", "5 l"),
        ("Garden Gloves", "Size M"),
        ("Seed Tray", "24 cells"),
        ("Potting Soil", "20 l"),
        ("Bird Feeder", "Hanging"),
        ("Solar Lantern", "Black"),
    ],
    "Electronics": [
        ("Bluetooth Speaker", "Compact"),
        ("Wireless Earbuds", "Noise Cancelling"),
        ("USB-C Charger", "65 W"),
        ("Power Bank", "10000 mAh"),
        ("Smart Plug", "Wi-Fi"),
        ("LED Desk Lamp", "Dimmable"),
        ("HDMI Cable", "2 m"),
        ("Portable Radio", "DAB+"),
    ],
    "Toys": [
        ("Wooden Puzzle", "48 pieces"),
        ("Plush Bear", "30 cm"),
        ("Building Blocks", "120 pieces"),
        ("Board Game", "Family Edition"),
        ("Kite", "Delta"),
        ("Colouring Book", "Animals"),
    ],
    "Clothing": [
        ("Cotton T-Shirt", "Size M"),
        ("Wool Beanie", "Grey"),
        ("Rain Jacket", "Size L"),
        ("Canvas Tote Bag", "Natural"),
        ("Cotton Socks", "3 pairs"),
        ("Linen Scarf", "Blue"),
    ],
    "Hardware": [
        ("Cordless Drill", "18 V"),
        ("Screwdriver Set", "12 pieces"),
        ("Tape Measure", "5 m"),
        ("Wood Glue", "250 ml"),
        ("Claw Hammer", "450 g"),
        ("Spirit Level", "60 cm"),
        ("Wall Plugs", "Box of 100"),
        ("LED Bulb", "E27 9 W"),
    ],
}
VARIANTS = ["Classic", "Nordic", "Terra", "Atelier", "Riviera", "Urban", "Heritage", "Alpine"]
FIRST_NAMES = [
    "Camille",
    "Lucas",
    "Léa",
    "Hugo",
    "Chloé",
    "Louis",
    "Manon",
    "Jules",
    "Emma",
    "Arthur",
    "Inès",
    "Nathan",
    "Zoé",
    "Théo",
    "Sarah",
    "Gabriel",
    "Alice",
    "Raphaël",
    "Jade",
    "Adam",
    "Lina",
    "Noah",
    "Rose",
    "Paul",
    "Anna",
    "Victor",
    "Mila",
    "Tom",
    "Eva",
    "Sacha",
]
LAST_NAMES = [
    "Laurent",
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Lefebvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Mercier",
    "Blanc",
    "Guerin",
    "Boyer",
]
CITIES = [("69003", "Lyon"), ("69006", "Lyon"), ("75004", "Paris"), ("75011", "Paris")]


def ean13(digits12: str) -> str:
    """Complete 12 digits with the EAN-13 check digit."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits12))
    return digits12 + str((10 - total % 10) % 10)


def barcode_from(rng: random.Random, used: set[str], prefix: str = "376") -> str:
    while True:
        code = ean13(prefix + "".join(str(rng.randrange(10)) for _ in range(12 - len(prefix))))
        if code not in used:
            used.add(code)
            return code


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def phone(rng: random.Random) -> str:
    return "+33 6 " + " ".join(f"{rng.randrange(100):02d}" for _ in range(4))
