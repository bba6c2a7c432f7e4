print("candor-server: not yet")
