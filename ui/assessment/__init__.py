"""A class's assessment results and VNeID confirmations, entered in a grid by keyboard."""
