# Calling with wrong arguments reports the function's name in the TypeError.
def area(width, height):
    return width * height
print(area(2, 3))
area(2)
