# AttributeError for a missing attribute on an instance, uncaught.
class Robot:
    def __init__(self):
        self.name = "r2"
r = Robot()
print(r.name)
print(r.speed)
