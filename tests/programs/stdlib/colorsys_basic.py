import colorsys
print(colorsys.__all__)
colors = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0),
          (1.0, 1.0, 0.0), (0.0, 1.0, 1.0), (1.0, 0.0, 1.0), (0.5, 0.5, 0.5), (0.2, 0.4, 0.4),
          (0.9, 0.1, 0.3), (0.25, 0.75, 0.6), (0.1, 0.2, 0.3), (1, 0, 0), (0.8, 0.8, 0.2)]
for rgb in colors:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb)
    print('  yiq', yiq, colorsys.yiq_to_rgb(*yiq))
    print('  hls', hls, colorsys.hls_to_rgb(*hls))
    print('  hsv', hsv, colorsys.hsv_to_rgb(*hsv))
for h in [0.0, 0.1, 1/6, 0.25, 1/3, 0.5, 2/3, 0.75, 5/6, 0.99, 1.0, 1.25, -0.25]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.7), colorsys.hls_to_rgb(h, 0.7, 0.7))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, 0.5))
print(colorsys.hsv_to_rgb(0.3, 0, 0.4), colorsys.hls_to_rgb(0.3, 0.4, 0))
