# Class-level state shared by instances and updated through type(self).
class Ticket:
    next_id = 1
    def __init__(self):
        self.id = type(self).next_id
        type(self).next_id += 1
class VipTicket(Ticket):
    next_id = 1000
tickets = [Ticket(), Ticket(), VipTicket(), Ticket(), VipTicket()]
print([t.id for t in tickets], Ticket.next_id, VipTicket.next_id)
