"""A second launch finds the first one, asks it to come forward, and steps aside."""

from __future__ import annotations

import subprocess
import sys
import uuid

from storeapp.ui.single_instance import SingleInstance, server_name


def test_names_differ_per_data_folder():
    assert server_name("/a") != server_name("/b")
    assert server_name("/a") == server_name("/a")


def test_second_launch_in_another_process_brings_the_first_forward(qtbot):
    name = f"storeapp-test-{uuid.uuid4().hex[:8]}"
    first = SingleInstance(name)
    assert first.listen()
    try:
        code = (
            "import sys; from storeapp.ui.single_instance import SingleInstance; "
            f"sys.exit(0 if SingleInstance({name!r}).notify_running(3000) else 1)"
        )
        with qtbot.waitSignal(first.activation_requested, timeout=10_000):
            second = subprocess.Popen([sys.executable, "-c", code])
            # Keep the Qt loop turning while the other process connects.
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=10_000)
        assert second.returncode == 0
    finally:
        first.release()


def test_a_socket_left_by_a_crashed_instance_does_not_block_the_next_start(qtbot):
    name = f"storeapp-test-{uuid.uuid4().hex[:8]}"
    crashed = SingleInstance(name)
    assert crashed.listen()
    crashed.release()  # the server is gone; nobody answers any more
    fresh = SingleInstance(name)
    assert fresh.claim(timeout_ms=200)
    fresh.release()
