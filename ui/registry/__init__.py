"""The participant registry's screens: the person editor, import, duplicates and merge, data rights."""
