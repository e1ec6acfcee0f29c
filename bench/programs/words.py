# Dict and str work: build text, split it, count words, join the most common.
def make_text(n):
    syllables = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po"]
    words = []
    for i in range(n):
        w = syllables[i % 8] + syllables[(i * 7) % 8] + syllables[(i * 3 + 1) % 5]
        words.append(w)
    return " ".join(words)


def count(text):
    freq = {}
    for w in text.split():
        freq[w] = freq.get(w, 0) + 1
    return freq


text = make_text(2_000_000)
freq = count(text)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(freq), top, text.upper()[:20].lower().replace("ka", "KA"))
