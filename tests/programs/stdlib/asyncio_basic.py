# asyncio.run with tasks, gather, sleep(0) interleaving, timers in time order, queues, events, locks,
# exceptions through gather, wait_for timeouts and cancellation.
import asyncio

log = []

async def worker(name, turns):
    for i in range(turns):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * turns

async def delayed(label, delay):
    await asyncio.sleep(delay)
    log.append(label)
    return label

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)

async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item * item)
        q.task_done()
    q.task_done()

async def fails():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise

async def guarded(lock, name):
    async with lock:
        log.append(f"in {name}")
        await asyncio.sleep(0)
        log.append(f"out {name}")

async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 1))
    print(results, log)
    log.clear()
    print(await asyncio.gather(delayed("late", 0.2), delayed("early", 0.04), delayed("middle", 0.12)), log)
    log.clear()
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    await q.join()
    print("squares", out, q.empty(), q.qsize())
    print(await asyncio.gather(fails(), worker("d", 1), return_exceptions=True))
    try:
        await asyncio.gather(fails(), worker("e", 2))
    except ValueError as e:
        print("gather raised", repr(e))
    try:
        await asyncio.wait_for(slow(), 0.01)
    except TimeoutError:
        print("timed out", log[-1])
    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    print(task.cancel(), task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled", task.cancelled())
    event = asyncio.Event()
    async def waiter():
        await event.wait()
        return "woken"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    event.set()
    print(await w, event.is_set())
    log.clear()
    lock = asyncio.Lock()
    await asyncio.gather(guarded(lock, 1), guarded(lock, 2))
    print(log)
    print(asyncio.current_task() is not None, asyncio.get_running_loop().is_running())
    return "done"

print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)
