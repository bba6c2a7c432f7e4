print("candor-bench: not yet")
