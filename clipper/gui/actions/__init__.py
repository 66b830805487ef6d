"""What the window's menus, toolbar and context menus do, one function per action.

After Anki's aqt/operations: an action asks what it needs (a dialog, a file name),
calls one service function as a writer job (`runner`), and reports the outcome. The
window builds the QActions and connects them here; it holds no flow of its own.
Undoable changes stay with the undo stack (main_window's "undoable" section).
"""
