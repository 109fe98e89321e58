"""Ways to look at an annotation file: the terminal (show, stats) and one HTML report."""
