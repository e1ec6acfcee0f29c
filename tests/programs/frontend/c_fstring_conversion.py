print(f"{value!x}")
