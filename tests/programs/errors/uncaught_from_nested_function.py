# A NameError raised from a closure several levels deep.
def outer():
    def middle():
        def inner():
            return missing_value + 1
        return inner()
    return middle()
outer()
