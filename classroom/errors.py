"""The exception tree the services raise (defined beside the models, which raise it too)."""
from models.errors import ClassroomError, DatabaseError, InvalidInput, NotFound, Problem, Refused

__all__ = ["ClassroomError", "DatabaseError", "InvalidInput", "NotFound", "Problem", "Refused"]
