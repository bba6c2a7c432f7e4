print("candor-inspect: not yet")
