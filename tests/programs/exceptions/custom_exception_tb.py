# An uncaught custom exception from a module-level function prints its qualified name and message.
class ConfigError(Exception):
    pass

class Loader:
    def load(self, key):
        raise ConfigError(f"missing key {key!r}")

Loader().load("port")
