using System;
using System.Runtime.CompilerServices;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Lexicon;

namespace Newsroom.Generator.Extraction.Text;

/// <summary>
/// One string per common word: prose repeats a few thousand words (<c>the</c>, <c>said</c>, <c>,</c>), so a token's
/// text is found by its characters instead of cut out as a new string every time. Each thread keeps its own pool
/// (articles are extracted in parallel). It fills once, up to <see cref="MaxWords"/> words, and then only answers:
/// the words of the first articles are the common ones, and a pool that never empties leaves no old strings behind
/// for the garbage collector. Words past the limit go to a small second table that is emptied whenever it fills:
/// an article's rarer words (names, mostly) repeat within it, and each is cut out once while it stays there.
/// <para>
/// A pooled word has a number (<see cref="Token.WordId"/>), and the pool keeps what the word lists say about it
/// (<see cref="ClassesOf"/>, <see cref="LemmaOf"/>): a word is looked up in the lexicons once per thread instead of
/// once per token.
/// </para>
/// </summary>
internal sealed class WordPool
{
    /// <summary>About half a megabyte of strings, as much again of their characters, and a megabyte of tables per thread.</summary>
    private const int MaxWords = 1 << 14;

    private const int Slots = MaxWords * 2;

    /// <summary>
    /// The second table's words, the rarer ones of the last few articles, numbered after the pool's (all numbers fit in
    /// the ushort of <see cref="Token.WordId"/>).
    /// </summary>
    private const int MaxRecentWords = 1 << 11;

    private const int RecentSlots = MaxRecentWords * 2;

    [ThreadStatic] private static WordPool? t_current;

    public static WordPool Current => t_current ??= new WordPool();

    /// <summary>Random per pool, so that no fixed set of words can be made to collide.</summary>
    private readonly uint _seed = (uint)Guid.NewGuid().GetHashCode();

    /// <summary>A slot's word number takes the low bits of its key; the high bits keep bits of the word's hash.</summary>
    private const int IdBits = 15;

    private const int IdMask = (1 << IdBits) - 1;

    /// <summary>Longer words are not pooled (a slot keeps the length in a byte).</summary>
    private const int MaxLength = 255;

    /// <summary>
    /// A word in a table: the string, its first four characters, the key (0: empty slot; else high bits of the word's
    /// hash and the word's number) and where the rest of its characters are in <see cref="_chars"/> (shifted left by 8)
    /// with its length (the low 8 bits).
    /// <para>
    /// Every word token is looked up here, and most of a look-up's time went in waiting for memory, one read after
    /// another: the slot, then the string it named, somewhere on the heap. A slot now answers a word of up to four
    /// characters (most of prose) by itself, and a longer word needs one more read, in <see cref="_chars"/>, where the
    /// common words, seen first, lie together.
    /// </para>
    /// </summary>
    private struct Slot
    {
        public string? Word;
        public ulong Prefix;
        public int Key;
        public int Chars;
    }

    private readonly Slot[] _slots = new Slot[Slots];
    private int _count;
    private readonly Slot[] _recentSlots = new Slot[RecentSlots];
    private int _recentCount;

    /// <summary>The characters of the pool's words one after the other, and of the second table's words (emptied with it).</summary>
    private char[] _chars = new char[MaxWords * 8];
    private int _charCount;
    private char[] _recentChars = new char[MaxRecentWords * 8];
    private int _recentCharCount;

    /// <summary>
    /// The words by number (from 1; 0 is no word; the second table's after <see cref="MaxWords"/>), and the lexicons'
    /// answers about each once asked, each in an array of its own.
    /// </summary>
    private readonly string?[] _words = new string?[MaxWords + MaxRecentWords + 1];

    /// <summary><see cref="WordClasses.Of"/>, or a default value (without <see cref="WordClass.Read"/>) until asked.</summary>
    private readonly WordInfo[] _classes = new WordInfo[MaxWords + MaxRecentWords + 1];

    /// <summary>The reporting verb's lemma in any case (<see cref="Lexicons.SpeechVerbFormsAnyCase"/>), once <see cref="_lemmaRead"/>.</summary>
    private readonly string?[] _lemmas = new string?[MaxWords + MaxRecentWords + 1];

    private readonly bool[] _lemmaRead = new bool[MaxWords + MaxRecentWords + 1];

    /// <summary><see cref="Tokenizer.TakesPeriod"/>: 0 until asked, then <see cref="Yes"/> or <see cref="No"/>.</summary>
    private readonly byte[] _takesPeriod = new byte[MaxWords + MaxRecentWords + 1];

    private const byte No = 1;
    private const byte Yes = 2;

    /// <summary>A string equal to <c>text.Substring(start, length)</c>, the pooled one when there is one.</summary>
    public string Get(string text, int start, int length) => Get(text, start, length, out _);

    /// <summary>
    /// A string equal to <c>text.Substring(start, length)</c>, the pooled one when there is one, and its number (0 for
    /// none: <see cref="Tokenizer"/> makes strings of one character without the pool).
    /// </summary>
    public string Get(string text, int start, int length, out ushort id)
    {
        var hash = HashStart;
        for (var i = start; i < start + length; i++) hash = Step(hash, text[i]);
        return Get(text, start, length, Finish(hash), out id);
    }

    /// <summary>
    /// <see cref="Get(string, int, int, out ushort)"/> for a word whose hash the caller has worked out (<see cref="HashStart"/>,
    /// <see cref="Step"/> for each character, <see cref="Finish"/>). The search of the pool's table, which answers nearly
    /// every word, is small enough to be compiled into the tokenizer's loop; the rest is not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string Get(string text, int start, int length, int hash, out ushort id)
    {
        var slots = _slots;
        var key = hash & ~IdMask;
        var prefix = Prefix(text, start, length);
        var slot = hash & (Slots - 1);
        while (true)
        {
            ref var entry = ref slots[slot];
            if (entry.Key == 0) return Missing(text, start, length, hash, prefix, slot, out id);
            if ((entry.Key & ~IdMask) == key && entry.Prefix == prefix && Holds(entry.Chars, _chars, text, start, length))
            {
                id = (ushort)(entry.Key & IdMask);
                return entry.Word!;
            }
            slot = (slot + 1) & (Slots - 1);
        }
    }

    /// <summary>A word the pool's table does not hold (<paramref name="slot"/>: where it would go): added, or found in the second table.</summary>
    [MethodImpl(Hot.Loop)]
    private string Missing(string text, int start, int length, int hash, ulong prefix, int slot, out ushort id)
    {
        if (length > MaxLength)
        {
            id = 0;
            return text.Substring(start, length);
        }
        // Half the slots at most stay taken, so that a search ends soon at an empty one.
        if (_count < MaxWords)
        {
            _chars = Store(_chars, ref _charCount, text, start, length, out var charsAt);
            return Add(ref _slots[slot], text, start, length, hash, prefix, charsAt, ++_count, out id);
        }

        var recentSlot = Find(_recentSlots, _recentChars, text, start, length, hash, prefix);
        ref var recent = ref _recentSlots[recentSlot];
        if (recent.Key != 0)
        {
            id = (ushort)(recent.Key & IdMask);
            return recent.Word!;
        }
        if (_recentCount == MaxRecentWords)
        {
            Array.Clear(_recentSlots, 0, RecentSlots);
            _recentCount = 0;
            _recentCharCount = 0;
            recentSlot = Find(_recentSlots, _recentChars, text, start, length, hash, prefix);
        }
        _recentChars = Store(_recentChars, ref _recentCharCount, text, start, length, out var recentAt);
        return Add(ref _recentSlots[recentSlot], text, start, length, hash, prefix, recentAt, MaxWords + ++_recentCount, out id);
    }

    /// <summary>The slot holding the word, or the empty slot where it would go.</summary>
    private static int Find(Slot[] slots, char[] chars, string text, int start, int length, int hash, ulong prefix)
    {
        var mask = slots.Length - 1;
        var key = hash & ~IdMask;
        var slot = hash & mask;
        while (true)
        {
            ref var entry = ref slots[slot];
            if (entry.Key == 0 || ((entry.Key & ~IdMask) == key && entry.Prefix == prefix && Holds(entry.Chars, chars, text, start, length))) return slot;
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// Whether the word of a slot (<see cref="Slot.Chars"/>), whose first four characters are those of
    /// <c>text[start..start+length)</c>, is that text: its length, then its characters past the fourth.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Holds(int slotChars, char[] chars, string text, int start, int length) =>
        (slotChars & MaxLength) == length
        && (length <= 4 || text.AsSpan(start + 4, length - 4).SequenceEqual(new ReadOnlySpan<char>(chars, (slotChars >> 8) + 4, length - 4)));

    /// <summary>The first four characters of the word (fewer for a shorter word, the rest zero), in one number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Prefix(string text, int start, int length)
    {
        if (length >= 4) return text[start] | (ulong)text[start + 1] << 16 | (ulong)text[start + 2] << 32 | (ulong)text[start + 3] << 48;
        ulong prefix = 0;
        for (var k = 0; k < length; k++) prefix |= (ulong)text[start + k] << (16 * k);
        return prefix;
    }

    /// <summary>Appends the word's characters to <paramref name="chars"/> (grown when full); <paramref name="at"/>: where they start.</summary>
    private static char[] Store(char[] chars, ref int count, string text, int start, int length, out int at)
    {
        if (chars.Length - count < length) Array.Resize(ref chars, Math.Max(chars.Length * 2, count + length));
        text.CopyTo(start, chars, count, length);
        at = count;
        count += length;
        return chars;
    }

    private string Add(ref Slot slot, string text, int start, int length, int hash, ulong prefix, int charsAt, int number, out ushort id)
    {
        var created = text.Substring(start, length);
        id = (ushort)number;
        slot = new Slot { Word = created, Prefix = prefix, Key = (hash & ~IdMask) | number, Chars = charsAt << 8 | length };
        // A number of the second table is used again once it empties: what was known about its last word goes.
        _words[number] = created;
        _classes[number] = default;
        _lemmas[number] = null;
        _lemmaRead[number] = false;
        _takesPeriod[number] = 0;
        return created;
    }

    /// <summary>
    /// What the word lists say about the token's word (<see cref="WordClasses.Of"/>), looked up once per pooled word.
    /// A token of another pool, or of no pool, is looked up as any word.
    /// </summary>
    public WordInfo ClassesOf(in Token token)
    {
        var id = token.WordId;
        if (id == 0 || !ReferenceEquals(_words[id], token.Text)) return WordClasses.Of(token.Text);
        ref var classes = ref _classes[id];
        if (!classes.Is(WordClass.Read)) classes = WordClasses.Of(token.Text);
        return classes;
    }

    /// <summary>
    /// The lemma of the reporting verb the token's word is a form of, in any case (<c>Said</c> → <c>say</c>), or null:
    /// looked up once per pooled word.
    /// </summary>
    public string? LemmaOf(in Token token)
    {
        var id = token.WordId;
        if (id == 0 || !ReferenceEquals(_words[id], token.Text)) return LookUpLemma(token.Text);
        if (!_lemmaRead[id])
        {
            _lemmas[id] = LookUpLemma(token.Text);
            _lemmaRead[id] = true;
        }
        return _lemmas[id];
    }

    /// <summary>
    /// <see cref="Tokenizer.TakesPeriod"/> of a word before a period, asked once per pooled word (every sentence's last
    /// word is asked). <paramref name="id"/>: the word's number, as <see cref="Get(string, int, int, out ushort)"/> gave it.
    /// </summary>
    public bool IsAbbreviation(string word, ushort id)
    {
        if (id == 0 || !ReferenceEquals(_words[id], word)) return Tokenizer.TakesPeriod(word);
        if (_takesPeriod[id] == 0) _takesPeriod[id] = Tokenizer.TakesPeriod(word) ? Yes : No;
        return _takesPeriod[id] == Yes;
    }

    private static string? LookUpLemma(string word) => Lexicons.SpeechVerbFormsAnyCase.TryGetValue(word, out var lemma) ? lemma : null;

    /// <summary>The hash of no characters yet: FNV-1a over UTF-16 code units, from this pool's random start.</summary>
    public uint HashStart => 2166136261u ^ _seed;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619u;

    /// <summary>The hash <see cref="Get(string, int, int, int, out ushort)"/> takes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Finish(uint hash) => (int)(hash ^ (hash >> 15)) & int.MaxValue;
}
