"""The exception tree the services raise (defined beside the models, which raise it too)."""
from models.errors import Cancelled, ClassroomError, DatabaseError, InvalidInput, NotFound, Problem, Refused

__all__ = ["Cancelled", "ClassroomError", "DatabaseError", "InvalidInput", "NotFound", "Problem", "Refused"]


#: What long services take to report progress: ``progress(done, total)``.
#: They also take ``cancelled() -> bool`` and raise ``Cancelled`` when it turns true.
