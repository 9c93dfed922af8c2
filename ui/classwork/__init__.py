"""Working from a class: its learners in the class view, and enrolling people into it from the
registry (filtered by target group, village and name) with what stands in the way shown first."""
