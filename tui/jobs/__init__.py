"""The work the app sends to its background service (``tui.services.Background``), a module
for each concern:

* ``opening``: a file's first screen and whole document, big files' documents kept on disk
  (on a thread);
* ``tree_counts``: the file tree's speech counts (on a thread, or in the helper process);
* ``index_sync``: the search index kept up to date, the parsing in the helper process;
* ``keyword_feed``: each speech's keywords in the helper, the reader's speech first.

Plain module-level functions of picklable arguments, with no Textual import (an import
contract), so they run the same on a thread of the app's process or in the helper process
(which imports the module of each function it is sent). Each states where the app runs it
and why. Three are not sent but run by the caller, handing work to the service:
``index_sync.index_in_helper`` (on the index worker's thread) and
``keyword_feed.prioritised_keywords``/``helper_keywords`` (awaited by the keyword panel's
worker on the UI's event loop).
"""
