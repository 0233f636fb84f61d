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
    /// <summary>About half a megabyte of strings, and a megabyte of tables per thread.</summary>
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

    /// <summary>A slot's word and its hash side by side: a look-up reads one place in the table, not two.</summary>
    private struct Entry
    {
        public string? Word;
        public int Hash;
        public ushort Id;
    }

    private readonly Entry[] _entries = new Entry[Slots];
    private int _count;
    private readonly Entry[] _recentEntries = new Entry[RecentSlots];
    private int _recentCount;

    /// <summary>
    /// The words by number (from 1; 0 is no word; the second table's after <see cref="MaxWords"/>), with the lexicons'
    /// answers about each, once asked.
    /// </summary>
    private readonly PooledWord[] _pooled = new PooledWord[MaxWords + MaxRecentWords + 1];

    private struct PooledWord
    {
        public string Word;

        /// <summary><see cref="WordClasses.Of"/>, or a default value (without <see cref="WordClass.Read"/>) until asked.</summary>
        public WordInfo Classes;

        /// <summary>The reporting verb's lemma in any case (<see cref="Lexicons.SpeechVerbFormsAnyCase"/>), once <see cref="LemmaRead"/>.</summary>
        public string? Lemma;

        public bool LemmaRead;
    }

    /// <summary>A string equal to <c>text.Substring(start, length)</c>, the pooled one when there is one.</summary>
    public string Get(string text, int start, int length) => Get(text, start, length, out _);

    /// <summary>
    /// A string equal to <c>text.Substring(start, length)</c>, the pooled one when there is one, and its number (0 for
    /// none: <see cref="Tokenizer"/> makes strings of one character without the pool).
    /// </summary>
    [MethodImpl(Hot.Loop)]
    public string Get(string text, int start, int length, out ushort id)
    {
        var hash = Hash(text, start, length);
        var slot = Find(_entries, text, start, length, hash);
        if (_entries[slot].Word is { } pooled)
        {
            id = _entries[slot].Id;
            return pooled;
        }
        // Half the slots at most stay taken, so that a search ends soon at an empty one.
        if (_count < MaxWords) return Add(_entries, slot, text, start, length, hash, ++_count, out id);

        var recentSlot = Find(_recentEntries, text, start, length, hash);
        if (_recentEntries[recentSlot].Word is { } recent)
        {
            id = _recentEntries[recentSlot].Id;
            return recent;
        }
        if (_recentCount == MaxRecentWords)
        {
            Array.Clear(_recentEntries, 0, RecentSlots);
            _recentCount = 0;
            recentSlot = Find(_recentEntries, text, start, length, hash);
        }
        return Add(_recentEntries, recentSlot, text, start, length, hash, MaxWords + ++_recentCount, out id);
    }

    /// <summary>The slot holding the word, or the empty slot where it would go.</summary>
    [MethodImpl(Hot.Loop)]
    private static int Find(Entry[] entries, string text, int start, int length, int hash)
    {
        var mask = entries.Length - 1;
        var slot = hash & mask;
        while (true)
        {
            ref var entry = ref entries[slot];
            var word = entry.Word;
            if (word is null) return slot;
            if (entry.Hash == hash && word.Length == length && word.AsSpan().SequenceEqual(text.AsSpan(start, length))) return slot;
            slot = (slot + 1) & mask;
        }
    }

    private string Add(Entry[] entries, int slot, string text, int start, int length, int hash, int number, out ushort id)
    {
        var created = text.Substring(start, length);
        id = (ushort)number;
        entries[slot] = new Entry { Word = created, Hash = hash, Id = id };
        // A number of the second table is used again once it empties: what was known about its last word goes.
        _pooled[id] = new PooledWord { Word = created };
        return created;
    }

    /// <summary>
    /// What the word lists say about the token's word (<see cref="WordClasses.Of"/>), looked up once per pooled word.
    /// A token of another pool, or of no pool, is looked up as any word.
    /// </summary>
    public WordInfo ClassesOf(in Token token)
    {
        var id = token.WordId;
        if (id == 0 || !ReferenceEquals(_pooled[id].Word, token.Text)) return WordClasses.Of(token.Text);
        ref var word = ref _pooled[id];
        if (!word.Classes.Is(WordClass.Read)) word.Classes = WordClasses.Of(token.Text);
        return word.Classes;
    }

    /// <summary>
    /// The lemma of the reporting verb the token's word is a form of, in any case (<c>Said</c> → <c>say</c>), or null:
    /// looked up once per pooled word.
    /// </summary>
    public string? LemmaOf(in Token token)
    {
        var id = token.WordId;
        if (id == 0 || !ReferenceEquals(_pooled[id].Word, token.Text)) return LookUpLemma(token.Text);
        ref var word = ref _pooled[id];
        if (!word.LemmaRead)
        {
            word.Lemma = LookUpLemma(token.Text);
            word.LemmaRead = true;
        }
        return word.Lemma;
    }

    private static string? LookUpLemma(string word) => Lexicons.SpeechVerbFormsAnyCase.TryGetValue(word, out var lemma) ? lemma : null;

    private int Hash(string text, int start, int length)
    {
        // FNV-1a over UTF-16 code units, from a random start.
        var h = 2166136261u ^ _seed;
        for (var i = start; i < start + length; i++) h = (h ^ text[i]) * 16777619u;
        return (int)(h ^ (h >> 15)) & int.MaxValue;
    }
}
