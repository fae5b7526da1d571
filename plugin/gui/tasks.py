"""Background work for the dock: one QgsTask per run, cancellable, reporting back on the main thread."""

import threading
import time

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProcessingFeedback, QgsTask

from ..core.cycles import collector_paused
from ..core.definitions import LOG_TAG
from ..core.errors import VraemError
from ..i18n import tr


class FunctionTask(QgsTask):
    """Runs `work(feedback)` in a worker thread, then `on_done(task, result, error)` on the main thread.

    `error` is a translated message or None; a cancelled task reports neither result nor error.
    The feedback's progress drives the task's progress bar; cancelling the task cancels the feedback,
    which the engine checks between features. The worker reads LayerSnapshots taken on the main
    thread, never live layers; `layer_ids` names the layers they come from, so that the dock can
    cancel and discard a run whose layer is removed.
    """

    def __init__(self, description, work, on_done, layer_ids=()):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.work = work
        self.on_done = on_done
        self.layer_ids = set(layer_ids)
        # Processing feedback: the engine may report with pushInfo/pushWarning as well as progress.
        self.feedback = QgsProcessingFeedback(False)
        self.feedback.progressChanged.connect(self.setProgress)
        self.result = None
        self.error = None
        self.cancelled = False
        self.discarded = False  # set when a newer run replaces this one: its answer is not wanted
        self.done = False
        self._lock = threading.Lock()
        self._in_worker = False

    def cancel(self):
        with self._lock:
            self.feedback.cancel()
        super().cancel()

    def run(self):
        with self._lock:
            if self.feedback.isCanceled():
                return False
            self._in_worker = True
        try:
            return self._run_work()
        finally:
            with self._lock:
                self._in_worker = False

    def _run_work(self):
        try:
            with collector_paused():
                self.result = self.work(self.feedback)
        except VraemError as error:
            self.error = str(error)
            return False
        except Exception as error:  # a worker thread must never raise into Qt
            if self.feedback.isCanceled():
                return False
            self.error = tr("Unexpected error: {error}").format(error=error)
            QgsMessageLog.logMessage(self.error, LOG_TAG, Qgis.MessageLevel.Critical)
            return False
        return not self.feedback.isCanceled()

    def stop_and_wait(self, timeout_s=10.0):
        """Cancel, then block until the worker no longer touches its inputs (or the timeout passes).

        Waits without an event loop (no re-entrancy); the worker only needs the GIL we release."""
        self.cancel()
        deadline = time.monotonic() + timeout_s
        while self._in_worker and time.monotonic() < deadline:
            time.sleep(0.005)
        return not self._in_worker

    def finished(self, ok):
        self.done = True
        self.cancelled = self.feedback.isCanceled()
        if self.discarded or self.on_done is None:
            return
        if self.cancelled:
            self.on_done(self, None, None)
        else:
            self.on_done(self, self.result if ok else None, self.error)


class TaskRunner:
    """The dock's tasks: at most one per named slot (a new run cancels the previous one)."""

    def __init__(self):
        self.current = {}
        self.pending = []  # every task not yet finished, including discarded ones

    def start(self, slot, task):
        self.cancel(slot)
        self.current[slot] = task
        self.pending.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def running(self, slot):
        task = self.current.get(slot)
        return task is not None and not task.done

    def is_current(self, slot, task):
        """Called from on_done: True when `task` is the slot's latest run (then the slot is freed)."""
        self._forget_finished()
        if self.current.get(slot) is not task:
            return False
        del self.current[slot]
        return True

    def cancel(self, slot, discard=True):
        task = self.current.get(slot)
        if task is None:
            return
        if discard:
            task.discarded = True
            del self.current[slot]
        if not task.done:
            task.cancel()

    def release_layers(self, layer_ids):
        """Cancel and discard every unfinished task about one of `layer_ids` (they are about to be deleted).

        No wait: the workers read snapshots, which stay valid after the layers are deleted."""
        self._forget_finished()
        layer_ids = set(layer_ids)
        for task in list(self.pending):
            if task.layer_ids & layer_ids and not task.done:
                task.discarded = True
                task.cancel()
        for slot, task in list(self.current.items()):
            if task.layer_ids & layer_ids:
                del self.current[slot]

    def cancel_all(self, wait=True):
        for slot in list(self.current):
            self.cancel(slot)
        for task in list(self.pending):
            if not task.done:
                task.discarded = True
                if wait:
                    task.stop_and_wait()
                else:
                    task.cancel()
        self.pending = []

    def _forget_finished(self):
        self.pending = [task for task in self.pending if not task.done]
