# A small cooperative task scheduler in the spirit of Richards: task objects, queues, polymorphic calls.
class Packet:
    def __init__(self, dest, kind, data):
        self.dest = dest
        self.kind = kind
        self.data = data


class Task:
    def __init__(self, ident, scheduler):
        self.ident = ident
        self.scheduler = scheduler
        self.inbox = []
        self.handled = 0

    def run(self):
        if not self.inbox:
            return False
        packet = self.inbox.pop()
        self.handled += 1
        self.handle(packet)
        return True


class Worker(Task):
    def handle(self, packet):
        packet.data = (packet.data * 31 + self.ident) % 1009
        self.scheduler.send(Packet((self.ident + 1) % 4, "work", packet.data))


class Device(Task):
    def handle(self, packet):
        self.scheduler.total += packet.data
        self.scheduler.send(Packet(packet.data % 4, "device", (packet.data + 1) % 1009))


class Scheduler:
    def __init__(self):
        self.total = 0
        self.sent = 0
        self.tasks = [Worker(0, self), Worker(1, self), Device(2, self), Device(3, self)]

    def send(self, packet):
        if self.sent < 1_000_000:
            self.sent += 1
            self.tasks[packet.dest].inbox.append(packet)

    def loop(self):
        busy = True
        while busy:
            busy = False
            for t in self.tasks:
                if t.run():
                    busy = True


s = Scheduler()
for i in range(4):
    s.send(Packet(i, "seed", i + 1))
s.loop()
print(s.total, s.sent, [t.handled for t in s.tasks])
