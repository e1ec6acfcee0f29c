# A user exception hierarchy: catching by base, extra attributes, str() using args.
class AppError(Exception):
    pass
class DBError(AppError):
    def __init__(self, table, msg):
        super().__init__(f"{table}: {msg}")
        self.table = table
class NotFound(DBError):
    pass

for exc in [NotFound("users", "no row"), DBError("t", "locked"), AppError("generic")]:
    try:
        raise exc
    except DBError as e:
        print("db", type(e).__name__, e.table, e)
    except AppError as e:
        print("app", e)
print([c.__name__ for c in NotFound.__mro__])
