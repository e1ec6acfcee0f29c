# Money arithmetic with decimal: invoices with tax and discounts quantized to cents under several rounding modes
# (decimal_* in the spirit of pyperformance), through the pure-Python decimal module.
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, localcontext

CENT = Decimal('0.01')
RATES = [Decimal('0.07'), Decimal('0.19'), Decimal('0.055')]


def invoice(i):
    lines = [(Decimal(j % 7 + 1), Decimal(f'{(i * 31 + j * 17) % 5000 / 100:.2f}')) for j in range(8)]
    net = sum((qty * price for qty, price in lines), Decimal(0))
    discount = (net * Decimal('0.035')).quantize(CENT, rounding=ROUND_DOWN)
    tax = ((net - discount) * RATES[i % 3]).quantize(CENT, rounding=ROUND_HALF_UP)
    return (net - discount + tax).quantize(CENT, rounding=ROUND_HALF_EVEN)


total = Decimal(0)
for i in range(2500):
    total += invoice(i)
with localcontext() as ctx:
    ctx.prec = 50
    average = total / 2500
    root = average.sqrt()
print(total, average, root.quantize(Decimal('1e-20')), invoice(17), max(invoice(i) for i in range(100)))
