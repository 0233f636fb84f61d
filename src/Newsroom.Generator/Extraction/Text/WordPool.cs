using System;
using Newsroom.Generator.Extraction.Actors;
using Newsroom.Generator.Extraction.Lexicon;

namespace Newsroom.Generator.Extraction.Text;

/// <summary>
/// One string per common word: prose repeats a few thousand words (<c>the</c>, <c>said</c>, <c>,</c>), so a token's
/// text is found by its characters instead of cut out as a new string every time. Each thread keeps its own pool
/// (articles are extracted in parallel). It fills once, up to <see cref="MaxWords"/> words, and then only answers:
/// the words of the first articles are the common ones, and a pool that never empties leaves no old strings behind
/// for the garbage collector. Words past the limit are cut out as before.
/// <para>
/// A pooled word has a number (<see cref="Token.WordId"/>), and the pool keeps what the word lists say about it
/// (<see cref="ClassesOf"/>, <see cref="LemmaOf"/>): a word is looked up in the lexicons once per thread instead of
/// once per token.
/// </para>
/// </summary>
internal sealed class WordPool
{
    /// <summary>About half a megabyte of strings and a quarter of table per thread.</summary>
    private const int MaxWords = 1 << 14;

    // Numbers fit in a ushort (Token.WordId).

    private const int Slots = MaxWords * 2;

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

    /// <summary>The pooled words by number (from 1; 0 is no word), with the lexicons' answers about each, once asked.</summary>
    private readonly PooledWord[] _pooled = new PooledWord[MaxWords + 1];

    private struct PooledWord
    {
        public string Word;

        /// <summary><see cref="WordClasses.Of"/>, or a default value (without <see cref="WordClass.Read"/>) until asked.</summary>
        public WordInfo Classes;

        /// <summary>The reporting verb's lemma in any case (<see cref="Lexicons.SpeechVerbFormsAnyCase"/>), once <see cref="LemmaRead"/>.</summary>
        public string? Lemma;

        public bool LemmaRead;
    }

    private int _count;

    /// <summary>A string equal to <c>text.Substring(start, length)</c>, the pooled one when there is one.</summary>
    public string Get(string text, int start, int length) => Get(text, start, length, out _);

    /// <summary>
    /// A string equal to <c>text.Substring(start, length)</c>, the pooled one when there is one, and its number in the
    /// pool (0 when it is not pooled).
    /// </summary>
    public string Get(string text, int start, int length, out ushort id)
    {
        var hash = Hash(text, start, length);
        var slot = hash & (Slots - 1);
        var entries = _entries;
        while (true)
        {
            ref var entry = ref entries[slot];
            var word = entry.Word;
            if (word is null) break;
            if (entry.Hash == hash && word.Length == length && word.AsSpan().SequenceEqual(text.AsSpan(start, length)))
            {
                id = entry.Id;
                return word;
            }
            slot = (slot + 1) & (Slots - 1);
        }
        var created = text.Substring(start, length);
        id = 0;
        // Half the slots at most stay taken, so that a search ends soon at an empty one.
        if (_count < MaxWords)
        {
            id = (ushort)++_count;
            entries[slot] = new Entry { Word = created, Hash = hash, Id = id };
            _pooled[id].Word = created;
        }
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
