"""Use the running app as a screen reader does, through AT-SPI (run by the system python3).

Prints one JSON object with what it read; ``tests/test_atspi.py`` checks it and the store.
Every wait polls the accessibility tree until what it needs is there (Qt fills it after the
window shows), with a deadline instead of fixed sleeps.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

QUESTION = sys.argv[1] if len(sys.argv) > 1 else "What would you do first in my place?"


def poll(find, what: str, seconds: float = 30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            found = find()
        except Exception:
            found = None
        if found:
            return found
        time.sleep(0.05)
    raise SystemExit(f"timed out waiting for {what}")


def the_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == "Mentee Desktop" and app.childCount:
            return app
    return None


def nodes(root):
    """Every node below ``root`` (depth first)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        yield node
        stack.extend(node.getChildAtIndex(i) for i in reversed(range(node.childCount)))


def find(root, role: str, name: str | None = None, *, showing: bool = True):
    for node in nodes(root):
        if node.getRoleName() != role or (name is not None and node.name != name):
            continue
        if showing and not node.getState().contains(pyatspi.STATE_SHOWING):
            continue
        return node
    return None


def press(node) -> None:
    """Qt names a button's default action "Press" (a menu item's "Toggle" or "Press")."""
    action = node.queryAction()
    names = [action.getName(i).lower() for i in range(action.nActions)]
    for wanted in ("press", "click", "activate", "toggle"):
        if wanted in names:
            action.doAction(names.index(wanted))
            return
    raise SystemExit(f"{node.name!r} has no press action ({names})")


def focused(root, role: str):
    """The control of ``role`` that has the keyboard focus."""
    for node in nodes(root):
        state = node.getState()
        if (
            node.getRoleName() == role
            and state.contains(pyatspi.STATE_FOCUSED)
            and state.contains(pyatspi.STATE_SHOWING)
        ):
            return node
    return None


def labels_of(node) -> list[str]:
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            names += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return names


def main() -> None:
    app = poll(the_app, "the app on the accessibility bus", seconds=90)  # a busy machine is slow
    tabs = poll(lambda: find(app, "page tab list"), "the tabs")
    seen: dict = {"tabs": [tabs.getChildAtIndex(i).name for i in range(tabs.childCount)]}
    seen["tab_roles"] = sorted(
        {tabs.getChildAtIndex(i).getRoleName() for i in range(tabs.childCount)}
    )
    agenda = poll(lambda: find(app, "tree", "Agenda"), "the agenda")
    poll(lambda: agenda.childCount > 2, "the agenda items")
    seen["agenda"] = [
        node.name for node in nodes(agenda) if node.getRoleName() == "table cell" and node.name
    ]

    # a new question: the button by its name, then type into the editor that takes the focus
    button = poll(lambda: find(app, "push button", "Add a question"), "Add a question")
    press(button)
    # the new item's editor takes the focus; the focus state reaches the bus only while the
    # window manager keeps the window active, so the editor is also found by its name
    editor = poll(
        lambda: (
            focused(app, "text")
            or (
                (node := find(app, "text", "Agenda item text"))
                and node.getState().contains(pyatspi.STATE_ENABLED)
                and node
            )
        ),
        "the new item's editor",
    )
    seen["editor"] = {"name": editor.name, "labels": labels_of(editor)}
    editor.queryEditableText().insertText(0, QUESTION, len(QUESTION))
    poll(lambda: editor.queryText().getText(0, -1) == QUESTION, "the typed question")
    poll(
        lambda: any(QUESTION in node.name for node in nodes(agenda)),
        "the question in the agenda list",
    )
    seen["agenda_after"] = [
        node.name for node in nodes(agenda) if node.getRoleName() == "table cell" and node.name
    ]

    # another tab by its name: the Feedback tab, and its first editor's label
    feedback_tab = next(
        tabs.getChildAtIndex(i)
        for i in range(tabs.childCount)
        if tabs.getChildAtIndex(i).name == "Feedback"
    )
    tabs.querySelection().selectChild(seen["tabs"].index("Feedback"))
    poll(lambda: feedback_tab.getState().contains(pyatspi.STATE_SELECTED), "the Feedback tab")
    step = poll(
        lambda: (
            find(app, "push button", "Mark as asked")
            or find(app, "push button", "Mark as answered")
        ),
        "the feedback status button",
    )
    seen["feedback_step"] = step.name
    press(step)

    # quit from the File menu, as a keyboard or screen reader user would
    quit_item = poll(lambda: find(app, "menu item", "Quit", showing=False), "File > Quit")
    press(quit_item)
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
