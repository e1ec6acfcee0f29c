print("compiled first, so never printed")
return 2
