from PySide6.QtCore import QTimer

from loyaltydesk.ui.widgets.idle_steps import IdleSteps


def test_steps_run_in_order_one_per_event_loop_turn(qtbot):
    done: list[str] = []
    steps = IdleSteps([lambda: done.append("a"), lambda: done.append("b"),
                       lambda: done.append("c")])
    # Started between the first and the second step: it fires before the second runs.
    steps.start()
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: done.append("timer")))
    with qtbot.waitSignal(steps.finished):
        pass
    assert done.index("a") < done.index("b") < done.index("c")
    assert done.index("timer") < done.index("c")
    assert not steps.pending()


def test_finish_runs_what_is_left_at_once_and_says_so_once(qtbot):
    done: list[str] = []
    steps = IdleSteps([lambda: done.append("a"), lambda: done.append("b")])
    finished: list[bool] = []
    steps.finished.connect(lambda: finished.append(True))
    steps.start()
    steps.finish()
    assert done == ["a", "b"] and finished == [True]
    qtbot.wait(20)  # the timer started before does not run anything again
    assert done == ["a", "b"] and finished == [True]


def test_a_step_that_asks_for_the_rest_gets_it_without_running_twice(qtbot):
    done: list[str] = []
    steps: IdleSteps

    def impatient() -> None:
        done.append("a")
        steps.finish()

    steps = IdleSteps([impatient, lambda: done.append("b")])
    with qtbot.waitSignal(steps.finished):
        steps.start()
    qtbot.wait(20)
    assert done == ["a", "b"]
