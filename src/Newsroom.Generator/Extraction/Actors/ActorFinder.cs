using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Newsroom.Generator.Extraction.Lexicon;
using Newsroom.Generator.Extraction.Model;
using Newsroom.Generator.Extraction.Text;

namespace Newsroom.Generator.Extraction.Actors;

/// <summary>
/// Finds who and what an article names. Capitalised runs of words are cut into an optional title or role
/// (<c>Taiwanese President</c>) and a name, then classified: known places and organizations come from the
/// lexicons, organization keywords (<c>Ministry</c>, <c>Institute</c>) make organizations, and a run becomes a
/// person only with evidence (a known given name, a title, an honorific, a role noun before it, an appositive
/// after it, a reporting verb beside it, or its surname used alone elsewhere). Surname-only mentions then attach
/// to the full name.
/// </summary>
internal sealed class ActorFinder
{
    internal static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "de", "da", "do", "dos", "das", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "du", "del", "della", "di", "y", "&",
    };

    private static readonly HashSet<string> RoleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "vice", "deputy", "chief", "senior", "former", "foreign", "national", "security", "executive", "general",
        "assistant", "acting", "interim", "press", "campaign", "defense", "defence", "finance", "prime", "state",
        "top", "lead", "principal", "associate", "managing", "communications", "political", "economic", "military",
        "health", "interior", "justice", "trade", "home", "education", "energy", "environment", "agriculture",
        "labor", "labour", "transport", "culture", "regional", "local", "federal", "district", "county", "city",
        "police", "fire", "government", "party", "opposition", "presidential", "white", "house", "policy",
        "development", "affairs", "intelligence", "staff", "news", "research", "legal", "medical", "public",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "on", "at", "after", "before", "but", "and", "or", "as", "of", "for", "from", "by", "with",
        "when", "while", "since", "until", "if", "then", "so", "yet", "to", "into", "under", "over", "during", "despite",
        "unlike", "like", "both", "neither", "either", "each", "every", "this", "that", "these", "those", "its", "his",
        "her", "their", "our", "my", "your", "according", "prior", "meanwhile", "also", "only", "even", "still",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu", "abd", "d", "l", "da", "de", "di", "du", "la", "le", "van", "von",
    };

    /// <summary>The longest of <see cref="NameParticles"/>.</summary>
    private static readonly int MaxParticleLength = NameParticles.Max(p => p.Length);

    /// <summary>
    /// The first letters of <see cref="NameParticles"/>, a bit per letter a-z: a lower-case word starting otherwise is
    /// no name word. A bit test, because this is asked of every lower-case word.
    /// </summary>
    private static readonly uint ParticleInitials = NameParticles.Aggregate(0u, (bits, p) => bits | 1u << (p[0] - 'a'));

    private static bool IsParticleInitial(char c) => (uint)(c - 'a') < 26 && (ParticleInitials & (1u << (c - 'a'))) != 0;

    private readonly string _text;
    private readonly IReadOnlyList<TextRange> _paragraphs;
    private readonly List<List<Token>> _tokens;
    private readonly Func<int, bool> _inQuote;

    private readonly List<Mention> _mentions = new();
    private HashSet<string>? _lowerWords;
    private int _lowerWordQueries;

    /// <summary>
    /// Persons found by name (<see cref="FindPerson"/>), until the persons change: a rename clears them all, and an added
    /// person the answers it could change (<see cref="_tentativeNames"/>).
    /// </summary>
    private readonly Dictionary<string, Actor?> _personByName = new(StringComparer.Ordinal);

    /// <summary>
    /// The names in <see cref="_personByName"/> whose answer a person added later could change: those that found nobody
    /// or only a person by first name. A name that found a person by full name or surname keeps its answer, because the
    /// persons are searched in order and an added person comes last.
    /// </summary>
    private readonly List<string> _tentativeNames = new();

    /// <summary>
    /// The first actor of each kind and name, every actor's name in it: an actor added later never comes first, and a
    /// rename makes the maps again (<see cref="IndexByName"/>).
    /// </summary>
    private readonly Dictionary<string, Actor>[] _actorByName =
    {
        new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal),
    };
    private readonly List<Run> _acronymSpeakers = new();

    private static bool IsAcronym(string w)
    {
        if (w.Length < 2 || w.Length > 6) return false;
        foreach (var c in w)
        {
            if (!char.IsUpper(c)) return false;
        }
        return true;
    }
    private readonly List<Actor> _actors = new();

    /// <summary>The persons of <see cref="_actors"/>, in the same order.</summary>
    private readonly List<Actor> _persons = new();

    public ActorFinder(string text, IReadOnlyList<TextRange> paragraphs, List<List<Token>> tokens, Func<int, bool> inQuote)
    {
        _text = text;
        _paragraphs = paragraphs;
        _tokens = tokens;
        _inQuote = inQuote;
    }

    /// <summary>In text order. A list, not an interface, so that the attributor walks it without boxing an enumerator.</summary>
    public List<Mention> Mentions => _mentions;

    public IReadOnlyList<Actor> Actors => _actors;

    private sealed class Run
    {
        public int Paragraph;
        public int From;      // first token of the name (after title)
        public int To;        // one past the last token
        public int RunFrom;   // first token of the whole capitalised run (title included)
        public string Name = "";
        public string? Title;
        public Gender Gender;
        public bool Honorific;
        public bool PluralTitle;
        public bool Possessive;
        public bool SurnameOnly;
        public ActorKind? Kind;
        public string? Canonical;

        /// <summary>
        /// <see cref="AppositiveRole"/> of this run (the evidence for a person and the roles both read it): its role and
        /// rank, once the rank is no longer <see cref="NotRead"/>.
        /// </summary>
        public string? AppositiveRole;
        public int AppositiveRank = NotRead;

        public const int NotRead = -1;
    }

    [MethodImpl(Hot.Loop)]
    public void Find(CancellationToken cancellationToken)
    {
        var runs = new List<Run>();
        for (var p = 0; p < _tokens.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CollectRuns(p, runs);
        }

        // Single words used alone somewhere: evidence that a longer run holding them is a person's name.
        var alone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in runs)
        {
            if (r.To - r.From == 1 && r.Kind is null) alone.Add(r.Name);
        }

        // Full names first, so that surnames used alone can attach to them wherever they stand.
        var persons = new List<(Run Run, Actor Actor)>();
        for (var i = 0; i < runs.Count; i++)
        {
            var r = runs[i];
            if (r.Kind is ActorKind.Organization or ActorKind.Place) continue;
            var words = r.To - r.From;
            if (words < 2 && !(r.Honorific || r.Title is not null)) continue;
            if (words >= 2 && !IsPersonEvidence(r, alone)) continue;
            if (words < 2) continue; // a titled surname alone is resolved below
            r.Kind = ActorKind.Person;
            var actor = FindPerson(r.Name) ?? GetOrAdd(r.Name, ActorKind.Person, r);
            if (actor.Name != r.Name && WordCount(r.Name) > actor.Parts.Length)
            {
                actor.Rename(r.Name);
                _personByName.Clear();
                _tentativeNames.Clear();
                IndexByName();
            }
            if (actor.Gender == Gender.Unknown) actor.Gender = r.Gender;
            persons.Add((r, actor));
            AddMention(r, actor);
        }

        // Places and organizations, unless a single word is the surname of a person named in full
        // ("Captain Ana Dover … Dover said" is not the city).
        foreach (var r in runs)
        {
            if (r.Kind is not (ActorKind.Organization or ActorKind.Place)) continue;
            if (r.To - r.From == 1 && FindPerson(r.Name) is { } person && person.Parts.Length > 1 && person.LastName == r.Name)
            {
                r.Kind = ActorKind.Person;
                AddMention(r, person);
                continue;
            }
            AddMention(r, GetOrAdd(r.Canonical ?? r.Name, r.Kind.Value, r));
        }

        // Coordinated titles: "Presidents Joe Biden and Xi Jinping" gives both the singular title.
        for (var i = 0; i + 1 < persons.Count; i++)
        {
            var (a, _) = persons[i];
            var (b, actor) = persons[i + 1];
            if (a.PluralTitle && b.Title is null && a.Paragraph == b.Paragraph
                && b.RunFrom - a.To == 1 && _tokens[a.Paragraph][a.To].Text == "and")
            {
                actor.OfferRole(a.Title, RoleRank.Title);
            }
        }

        // Single names: first those that are people by themselves (a title, an honorific, a reporting verb beside
        // them), then every other use of a known surname, wherever it stands.
        foreach (var r in runs)
        {
            if (r.Kind is not null || r.To - r.From > 1) continue;
            if (!r.SurnameOnly && FindPerson(r.Name) is null && (r.Honorific || r.Title is not null || BesideSpeechVerb(r)))
            {
                var created = GetOrAdd(r.Name, ActorKind.Person, r);
                if (created.Gender == Gender.Unknown) created.Gender = r.Gender;
            }
        }
        // An acronym that speaks ("ACME said") is an organization.
        foreach (var r in _acronymSpeakers)
        {
            r.Kind = ActorKind.Organization;
            AddMention(r, GetOrAdd(r.Name, ActorKind.Organization, r));
        }
        foreach (var r in runs)
        {
            if (r.Kind is not null || r.To - r.From > 1) continue;
            var actor = FindPerson(r.Name);
            if (actor is null) continue;
            r.Kind = ActorKind.Person;
            AddMention(r, actor);
        }

        foreach (var r in runs)
        {
            if (r.Kind == ActorKind.Person) FindRoles(r);
        }

        GovernmentsOfPersons();

        _mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
        foreach (var m in _mentions)
        {
            m.Actor!.Mentions++;
            if (m.Surface != m.Actor.Name) m.Actor.AddAlias(m.Surface);
        }
    }

    /// <summary>
    /// "the Biden administration", "the Trudeau government": a person's name before <c>administration</c> or
    /// <c>government</c> names an organization (which speaks: "the Biden administration has said …"), not the person.
    /// </summary>
    private void GovernmentsOfPersons()
    {
        HashSet<Actor>? replaced = null;
        for (var i = 0; i < _mentions.Count; i++)
        {
            var m = _mentions[i];
            if (m.Actor!.Kind != ActorKind.Person || m.Possessive) continue;
            var tokens = _tokens[m.Paragraph];
            var k = Attribution.Attributor.FirstTokenAt(tokens, m.End);
            if (k < 0 || tokens[k].Text is not ("administration" or "government")) continue;
            var name = m.Surface + " " + tokens[k].Text;
            var byName = _actorByName[(int)ActorKind.Organization];
            if (!byName.TryGetValue(name, out var body))
            {
                body = new Actor(name, ActorKind.Organization, m.Start);
                _actors.Add(body);
                byName[name] = body;
            }
            replaced ??= new HashSet<Actor>();
            replaced.Add(m.Actor);
            _mentions[i] = new Mention(m.Start, tokens[k].End, m.Paragraph, name, ActorKind.Organization)
            {
                Actor = body,
                InQuote = m.InQuote,
                // "the Biden administration's spokesman": the organization is the possessor.
                Possessive = k + 1 < tokens.Count && tokens[k + 1].IsPossessive,
            };
        }
        if (replaced is null) return;
        // A person named only in "the Trump administration" is not named in the article at all.
        foreach (var m in _mentions) replaced.Remove(m.Actor!);
        _actors.RemoveAll(a => replaced.Contains(a));
    }

    /// <summary>
    /// A single name that speaks (<c>Okoro said</c>, <c>said Okoro</c>): a person, unless its lower-case form is a
    /// word of the article (<c>Officials said</c>) or of the role lists.
    /// </summary>
    private bool BesideSpeechVerb(Run r)
    {
        var tokens = _tokens[r.Paragraph];
        if (r.To - r.From != 1 || r.Possessive) return false;
        // The verb first: most single capitalised words stand beside none, and then the article's words are never read.
        var after = r.To;
        while (after < tokens.Count && after - r.To < 2 && Attribution.SpeechCues.IsAuxiliaryOrAdverb(tokens[after])) after++;
        // A single name is the subject of an inflected verb ("Okoro said", not "the Berg-Reyes call").
        var speaks = (after < tokens.Count && Attribution.SpeechCues.IsVerb(tokens[after]) && Attribution.SpeechCues.LemmaOf(tokens[after]) != tokens[after].Text)
            || (r.From > 0 && (Attribution.SpeechCues.IsVerb(tokens[r.From - 1]) || (r.From == 1 && Attribution.SpeechCues.IsVerbIgnoringCase(tokens[0])))
                && (r.To >= tokens.Count || tokens[r.To].Kind == TokenKind.Punctuation));
        if (!speaks) return false;
        var lower = tokens[r.From].Text.ToLowerInvariant();
        if (Lexicons.RoleNouns.Contains(lower) || Lexicons.RoleNouns.Contains(lower.TrimEnd('s')) || Lexicons.Titles.Contains(lower)) return false;
        return !IsLowerWordOfArticle(lower);
    }

    /// <summary>
    /// Whether the article uses <paramref name="lower"/> as a lower-case word. The first questions read the tokens;
    /// an article that asks more gets a set of its lower-case words once.
    /// </summary>
    private bool IsLowerWordOfArticle(string lower)
    {
        if (_lowerWords is null && ++_lowerWordQueries <= 2)
        {
            foreach (var list in _tokens)
            {
                foreach (var t in list)
                {
                    if (t.Kind == TokenKind.Word && char.IsLower(t.First) && t.Text == lower) return true;
                }
            }
            return false;
        }
        _lowerWords ??= LowerWords();
        return _lowerWords.Contains(lower);
    }

    private HashSet<string> LowerWords()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in _tokens)
        {
            foreach (var t in list)
            {
                if (t.Kind == TokenKind.Word && char.IsLower(t.First)) set.Add(t.Text);
            }
        }
        return set;
    }

    [MethodImpl(Hot.Loop)]
    public Actor? FindPerson(string name)
    {
        if (_personByName.TryGetValue(name, out var known)) return known;
        var found = FindPersonAmongActors(name, out var final);
        _personByName[name] = found;
        if (!final) _tentativeNames.Add(name);
        return found;
    }

    /// <summary>The person a name names; <paramref name="final"/>: found by full name or surname, which no person added later changes.</summary>
    private Actor? FindPersonAmongActors(string name, out bool final)
    {
        final = true;
        // The name's first and last words, read in place (this runs for every run, often more than once).
        var firstSpace = name.IndexOf(' ');
        var single = firstSpace < 0;
        var lastStart = single ? 0 : name.LastIndexOf(' ') + 1;
        var lastLength = name.Length - lastStart;
        var firstLength = single ? name.Length : firstSpace;
        Actor? byFirst = null;
        foreach (var a in _persons)
        {
            if (a.Name == name) return a;
            var lastMatches = IsWord(a.LastName, name, lastStart, lastLength);
            if (single)
            {
                if (lastMatches) return a;
                if (byFirst is null && a.Parts.Length == 2 && a.Parts[0] == name && !Lexicons.GivenNames.ContainsKey(name)) byFirst = a;
            }
            else if (lastMatches && (a.Parts.Length == 1 || IsWord(a.Parts[0], name, 0, firstLength) || IsInitialOf(a.Parts[0], name[0])))
            {
                return a;
            }
        }
        final = false;
        return byFirst;
    }

    /// <summary>The number of parts <c>name.Split(' ')</c> would give, without making them.</summary>
    private static int WordCount(string name)
    {
        var count = 1;
        foreach (var c in name)
        {
            if (c == ' ') count++;
        }
        return count;
    }

    /// <summary><paramref name="word"/> equals <c>name.Substring(start, length)</c>.</summary>
    private static bool IsWord(string word, string name, int start, int length) =>
        word.Length == length && string.CompareOrdinal(word, 0, name, start, length) == 0;

    /// <summary>"J." (or "J") is the initial of a first word starting with 'J'.</summary>
    private static bool IsInitialOf(string part, char first)
    {
        var length = part.Length;
        while (length > 0 && part[length - 1] == '.') length--;
        return length == 1 && part[0] == first;
    }

    private Actor GetOrAdd(string name, ActorKind kind, Run r)
    {
        var byName = _actorByName[(int)kind];
        if (byName.TryGetValue(name, out var known)) return known;
        var actor = new Actor(name, kind, _tokens[r.Paragraph][r.From].Start);
        _actors.Add(actor);
        byName[name] = actor;
        if (kind == ActorKind.Person)
        {
            // A new person may answer names that found nobody or a person by first name only; other kinds never answer FindPerson.
            _persons.Add(actor);
            foreach (var tentative in _tentativeNames) _personByName.Remove(tentative);
            _tentativeNames.Clear();
        }
        return actor;
    }

    /// <summary>Makes <see cref="_actorByName"/> again after a rename: the first actor of each kind and name.</summary>
    private void IndexByName()
    {
        foreach (var byName in _actorByName) byName.Clear();
        foreach (var a in _actors)
        {
            var byName = _actorByName[(int)a.Kind];
            if (!byName.ContainsKey(a.Name)) byName[a.Name] = a;
        }
    }

    private void AddMention(Run r, Actor actor)
    {
        var tokens = _tokens[r.Paragraph];
        var start = tokens[r.From].Start;
        var end = tokens[r.To - 1].End;
        var m = new Mention(start, end, r.Paragraph, r.Name, actor.Kind)
        {
            Actor = actor,
            Possessive = r.Possessive,
            InQuote = _inQuote(start),
        };
        _mentions.Add(m);
        if (r.Title is not null && actor.Kind == ActorKind.Person && !r.Honorific) actor.OfferRole(r.Title, RoleRank.Title);
    }

    /// <summary>
    /// A word that may stand in a name: capitalised, or a particle joined to one (<c>al-Assad</c>). Asked of every token
    /// of every paragraph, so the common answers are compiled into the caller and the string is read only for a
    /// lower-case word with a hyphen or apostrophe that starts like a particle.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameWord(in Token t) =>
        t.Kind == TokenKind.Word && (char.IsUpper(t.First) || (t.Joined && IsParticleInitial(t.First) && IsJoinedParticle(t.Text)));

    /// <summary>al-Assad, bin-Salman, d’Estaing (but not co-Anchor).</summary>
    private static bool IsJoinedParticle(string w)
    {
        // Particles have at most three letters, so the first joiner is looked for among the first four characters only.
        var dash = -1;
        for (var k = 0; k < w.Length && k <= MaxParticleLength; k++)
        {
            if (w[k] is '-' or '’' or '\'')
            {
                dash = k;
                break;
            }
        }
        return dash > 0 && dash + 1 < w.Length && char.IsUpper(w[dash + 1]) && NameParticles.Contains(w.Substring(0, dash));
    }

    /// <summary>
    /// The word classes of the paragraph <see cref="CollectRuns"/> is reading, each looked up once, on first use: a
    /// run's words are asked about again and again while it is cut and classified. <see cref="AddRuns"/> and the
    /// helpers it calls read them through <see cref="Word"/>, always for that paragraph's tokens.
    /// </summary>
    private WordInfo[] _runWords = t_runWords ??= new WordInfo[64];

    /// <summary>The thread's array for <see cref="_runWords"/>, kept from article to article (it is read only while a paragraph's runs are cut).</summary>
    [ThreadStatic] private static WordInfo[]? t_runWords;
    private readonly WordPool _pool = WordPool.Current;
    private List<Token> _runTokens = new();

    private WordInfo Word(int k)
    {
        var word = _runWords[k];
        if (word.Is(WordClass.Read)) return word;
        word = _pool.ClassesOf(_runTokens[k]);
        _runWords[k] = word;
        return word;
    }

    [MethodImpl(Hot.Loop)]
    private void CollectRuns(int p, List<Run> runs)
    {
        var tokens = _tokens[p];
        _runTokens = tokens;
        if (_runWords.Length < tokens.Count) t_runWords = _runWords = new WordInfo[tokens.Count];
        else Array.Clear(_runWords, 0, tokens.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(tokens[i]) || tokens[i].IsPossessive)
            {
                i++;
                continue;
            }
            var start = i;
            var end = i + 1;
            while (end < tokens.Count)
            {
                var t = tokens[end];
                if (IsNameWord(t) && !t.IsPossessive && !IsBreak(tokens, end))
                {
                    end++;
                    continue;
                }
                // "of the", "de la": connectors inside names when a capitalised word follows.
                if (Word(end).Is(WordClass.Connector) || t.Text == "the" && end > 0 && tokens[end - 1].Text == "of")
                {
                    var k = end + 1;
                    if (k < tokens.Count && tokens[k].Text == "the") k++;
                    if (k < tokens.Count && IsNameWord(tokens[k]) && !tokens[k].IsPossessive && SameLine(tokens[end - 1], tokens[k]))
                    {
                        end = k + 1;
                        continue;
                    }
                }
                break;
            }
            var possessive = end < tokens.Count && tokens[end].IsPossessive;
            AddRuns(p, start, end, possessive, runs);
            i = end;
        }
    }

    private bool SameLine(Token a, Token b)
    {
        for (var k = a.End; k < b.Start; k++)
        {
            if (LineIndex.IsLineBreak(_text[k])) return false;
        }
        return true;
    }

    private bool IsBreak(List<Token> tokens, int index)
    {
        // A line break between two capitalised words ends the run (headline-like lines, lists).
        return !SameLine(tokens[index - 1], tokens[index]);
    }

    /// <summary>Cuts a capitalised run into title and name, splits at "of" where the halves differ in kind, and classifies.</summary>
    [MethodImpl(Hot.Loop)]
    private void AddRuns(int p, int start, int end, bool possessive, List<Run> runs)
    {
        var tokens = _tokens[p];

        // Drop sentence openers and other words that never start a name ("After", "The", "Speaking"). Before an
        // organization keyword only closed-class words go: "The Harbour Authority" keeps "Harbour".
        var organization = Word(end - 1).Is(WordClass.OrgKeyword);
        while (start < end && (organization ? FunctionWords.Contains(tokens[start].Text) : NeverStartsName(tokens, start)))
        {
            start++;
        }
        if (start >= end) return;
        while (end > start && Word(end - 1).Is(WordClass.Connector)) end--;

        // "Lena Berg of the University of Oslo": a person's name, then "of" and where they are from.
        for (var k = start + 2; k < end - 1; k++)
        {
            if (tokens[k].Text == "of" && LooksLikeName(tokens, start, k)
                && (Word(start).Is(WordClass.GivenName) || Classify(tokens, k + 1, end) is not null))
            {
                AddRuns(p, start, k, false, runs);
                AddRuns(p, k + 1, end, possessive, runs);
                return;
            }
        }

        // "the United Nations Ana Ruiz": a known place or organization, then a name.
        for (var k = Math.Min(end - 2, start + 4); k > start; k--)
        {
            if (!Word(k).Is(WordClass.GivenName) || !MayBePlaceOrOrganization(start, k)) continue;
            var head = Join(tokens, start, k);
            if ((Lexicons.Places.ContainsKey(head) || Lexicons.Organizations.ContainsKey(head)) && LooksLikeName(tokens, k, end))
            {
                AddRuns(p, start, k, false, runs);
                AddRuns(p, k, end, possessive, runs);
                return;
            }
        }

        var whole = Join(tokens, start, end);
        // The lexicons are asked only when the word classes say the run may be there.
        var wholeClasses = end - start == 1 ? Word(start).Classes
            : MayBePlaceOrOrganization(start, end) ? WordClass.Place | WordClass.Organization : WordClass.None;
        if ((wholeClasses & WordClass.Organization) != 0 && Lexicons.Organizations.TryGetValue(whole, out var org))
        {
            runs.Add(new Run { Paragraph = p, From = start, To = end, RunFrom = start, Name = whole, Kind = ActorKind.Organization, Canonical = org, Possessive = possessive });
            return;
        }
        if ((wholeClasses & WordClass.Place) != 0 && Lexicons.Places.TryGetValue(whole, out var place))
        {
            runs.Add(new Run { Paragraph = p, From = start, To = end, RunFrom = start, Name = whole, Kind = ActorKind.Place, Canonical = place, Possessive = possessive });
            return;
        }

        // Title: the last title in the run that still leaves a name after it.
        var nameFrom = start;
        string? title = null;
        var honorific = false;
        var gender = Gender.Unknown;
        var plural = false;
        for (var k = start; k < end - 0; k++)
        {
            var word = Word(k);
            if (word.Is(WordClass.Honorific) && k + 1 < end)
            {
                honorific = true;
                gender = word.HonorificGender;
                nameFrom = k + 1;
                continue;
            }
            if (!word.Is(WordClass.TitleStart)) continue;
            for (var len = Math.Min(4, end - k - 1); len >= 1; len--)
            {
                var phrase = Join(tokens, k, k + len);
                var singular = phrase.EndsWith("s", StringComparison.Ordinal) ? phrase.Substring(0, phrase.Length - 1) : null;
                var isPlural = singular is not null && Lexicons.Titles.Contains(singular) && char.IsUpper(phrase[0]);
                var isTitle = !isPlural && Lexicons.Titles.Contains(phrase) && char.IsUpper(phrase[0]);
                if (!isTitle && !isPlural) continue;
                if (IsOrgWord(tokens, k + len, end)) break; // "Foreign Ministry" is not a title plus a name
                nameFrom = k + len;
                plural = isPlural;
                title = Join(tokens, start, k) is { Length: > 0 } prefix && !honorific
                    ? prefix + " " + (isPlural ? singular : phrase)
                    : (isPlural ? singular : phrase);
                k += len - 1;
                break;
            }
        }

        // "President of Ghana Ana Ruiz": the title takes its "of <place or organization>".
        if (title is not null && nameFrom < end - 2 && tokens[nameFrom].Text == "of")
        {
            var k0 = nameFrom + 1 < end && tokens[nameFrom + 1].Text == "the" ? nameFrom + 2 : nameFrom + 1;
            for (var k1 = Math.Min(end - 2, k0 + 5); k1 > k0; k1--)
            {
                var what = Join(tokens, k0, k1);
                if ((Lexicons.Places.ContainsKey(what) || Lexicons.Organizations.ContainsKey(what)) && Classify(tokens, k1, end) is null)
                {
                    title = title + " " + Join(tokens, nameFrom, k1);
                    nameFrom = k1;
                    break;
                }
            }
        }

        // "Speaker of the US House of Representatives": what follows a title may be its organization, not a name.
        while (nameFrom > start && nameFrom < end && (Word(nameFrom).Is(WordClass.Connector) || tokens[nameFrom].Text == "the"))
        {
            nameFrom++;
        }

        if (nameFrom > start && nameFrom < end)
        {
            var name = Join(tokens, nameFrom, end);
            var kind = Classify(tokens, nameFrom, end);
            if (kind is ActorKind.Organization or ActorKind.Place)
            {
                runs.Add(new Run { Paragraph = p, From = nameFrom, To = end, RunFrom = nameFrom, Name = name, Kind = kind, Canonical = Canonical(name, kind.Value), Possessive = possessive });
                return;
            }
            if (gender == Gender.Unknown) gender = Word(nameFrom).GivenNameGender;
            runs.Add(new Run
            {
                Paragraph = p, From = nameFrom, To = end, RunFrom = start, Name = name, Title = title, Honorific = honorific,
                Gender = gender, PluralTitle = plural, Possessive = possessive,
            });
            return;
        }

        var c = Classify(tokens, start, end);
        if (c is ActorKind.Organization or ActorKind.Place)
        {
            runs.Add(new Run { Paragraph = p, From = start, To = end, RunFrom = start, Name = whole, Kind = c, Canonical = Canonical(whole, c.Value), Possessive = possessive });
            return;
        }

        // A run of "X of Y" that is not an organization: keep its first part (names rarely hold "of").
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Text is "of" or "the")
            {
                AddRuns(p, start, k, false, runs);
                AddRuns(p, k + 1, end, possessive, runs);
                return;
            }
        }

        // Leading demonyms ("Chinese", "American") and places are not part of a person's name.
        while (start < end - 1 && Word(start).Is(WordClass.Demonym | WordClass.Place))
        {
            start++;
        }
        if (end - start == 1 && Word(start).Is(WordClass.Demonym))
        {
            // "Cuban" may still be Tom Cuban's surname: keep it as a candidate that only a known person can claim.
            runs.Add(new Run { Paragraph = p, From = start, To = end, RunFrom = start, Name = tokens[start].Text, Possessive = possessive, SurnameOnly = true });
            return;
        }
        if (end - start == 1 && IsAcronym(tokens[start].Text) && end < tokens.Count && Attribution.SpeechCues.IsVerb(tokens[end]))
        {
            _acronymSpeakers.Add(new Run { Paragraph = p, From = start, To = end, RunFrom = start, Name = tokens[start].Text, Possessive = possessive });
            return;
        }
        if (!LooksLikeName(tokens, start, end))
        {
            // A long run may end in a name: "ACME Radio Morning Ana Ruiz said".
            for (var k = Math.Max(start + 1, end - 3); k <= end - 2; k++)
            {
                var speaks = end < tokens.Count && Attribution.SpeechCues.IsVerb(tokens[end]);
                if (LooksLikeName(tokens, k, end) && (Word(k).Is(WordClass.GivenName) || speaks))
                {
                    runs.Add(new Run
                    {
                        Paragraph = p, From = k, To = end, RunFrom = k, Name = Join(tokens, k, end),
                        Gender = Word(k).GivenNameGender, Possessive = possessive,
                    });
                    return;
                }
            }
            return;
        }

        runs.Add(new Run
        {
            Paragraph = p, From = start, To = end, RunFrom = start, Name = Join(tokens, start, end),
            Gender = Word(start).GivenNameGender, Possessive = possessive,
        });
    }

    private bool LooksLikeName(List<Token> tokens, int start, int end)
    {
        if (end - start > 5) return false;
        for (var k = start; k < end; k++)
        {
            var w = tokens[k].Text;
            var word = Word(k);
            if (word.Is(WordClass.Connector)) continue;
            if (k > start && w is "II" or "III" or "IV" or "Jr." or "Sr." or "Jr" or "Sr") continue;
            if (word.Is(WordClass.NotName) || (word.Is(WordClass.Demonym) && k == start)) return false;
            // Acronyms (NATO, GOP) are not names; initials (J., U.) and suffixes (II, Jr.) are fine.
            var letters = 0;
            var allUpper = true;
            var period = false;
            foreach (var ch in w)
            {
                if (char.IsDigit(ch)) return false;
                if (char.IsLetter(ch))
                {
                    letters++;
                    if (!char.IsUpper(ch)) allUpper = false;
                }
                else if (ch == '.')
                {
                    period = true;
                }
            }
            if (letters >= 2 && allUpper && w is not ("II" or "III" or "IV") && !period) return false;
        }
        return true;
    }

    private ActorKind? Classify(List<Token> tokens, int start, int end)
    {
        if (end - start == 1)
        {
            var word = Word(start);
            if (word.Is(WordClass.Organization)) return ActorKind.Organization;
            if (word.Is(WordClass.Place)) return ActorKind.Place;
        }
        else if (MayBePlaceOrOrganization(start, end))
        {
            var text = Join(tokens, start, end);
            if (Lexicons.Organizations.ContainsKey(text)) return ActorKind.Organization;
            if (Lexicons.Places.ContainsKey(text)) return ActorKind.Place;
        }
        if (IsOrgWord(tokens, start, end)) return ActorKind.Organization;
        // "US House of Representatives", "Chinese Communist Party": a known organization at the end of the run.
        for (var k = start + 1; k <= end - 2; k++)
        {
            if (Word(k).Is(WordClass.MultiwordStart) && Lexicons.Organizations.ContainsKey(Join(tokens, k, end))) return ActorKind.Organization;
        }
        return null;
    }

    private bool MayBePlaceOrOrganization(int start, int end) =>
        end - start == 1 || (end - start > 1 && Word(start).Is(WordClass.MultiwordStart));

    /// <summary>Whether the word lists put <paramref name="t"/> in any of <paramref name="classes"/>.</summary>
    private bool Has(Token t, WordClass classes) => _pool.ClassesOf(t).Is(classes);

    /// <summary>Sentence openers and other words dropped from the start of a run ("After", "The", "Speaking").</summary>
    private bool NeverStartsName(List<Token> tokens, int k)
    {
        var t = tokens[k];
        var word = Word(k);
        return word.Is(WordClass.NotName | WordClass.Connector) || t.Text == "the"
            || (Attribution.SpeechCues.IsVerbIgnoringCase(t) && !word.Is(WordClass.GivenName));
    }

    private bool IsOrgWord(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsUpper(tokens[k].First) && Word(k).Is(WordClass.OrgKeyword)) return true;
        }
        return false;
    }

    private static string Canonical(string name, ActorKind kind) =>
        kind == ActorKind.Place && Lexicons.Places.TryGetValue(name, out var p) ? p
        : kind == ActorKind.Organization && Lexicons.Organizations.TryGetValue(name, out var o) ? o
        : name;

    private bool IsPersonEvidence(Run r, HashSet<string> alone)
    {
        var tokens = _tokens[r.Paragraph];
        var first = tokens[r.From].Text;
        if (r.Title is not null || r.Honorific) return true;
        if (_pool.ClassesOf(tokens[r.From]).Is(WordClass.GivenName)) return true;
        if (alone.Contains(tokens[r.To - 1].Text) || alone.Contains(first)) return true;
        if (r.From > 0 && IsRoleNoun(tokens[r.From - 1])) return true;
        if (r.To < tokens.Count && Has(tokens[r.To], WordClass.SpeechVerb)) return true;
        // "said Danny Russell," / "said Danny Russell." (not "told Bloomberg Politics in May")
        if (r.From > 0 && Attribution.SpeechCues.Inverts(tokens[r.From - 1])
            && (r.To >= tokens.Count || tokens[r.To].Kind == TokenKind.Punctuation)) return true;
        // "“…,” Lin Wei, 33, said": a name right after a closing mark, or followed by an age.
        if (r.From > 0 && tokens[r.From - 1].Kind == TokenKind.QuoteMark && r.To < tokens.Count && (tokens[r.To].Text == "," || Attribution.SpeechCues.IsVerb(tokens[r.To]))) return true;
        if (r.To + 2 < tokens.Count && tokens[r.To].Text == "," && tokens[r.To + 1].Kind == TokenKind.Number && tokens[r.To + 2].Text == ",") return true;
        if (r.To + 1 < tokens.Count && tokens[r.To].Text == "," && tokens[r.To + 1].Text is "who" or "whose") return true;
        if (AppositiveRole(r) is not null) return true;
        return false;
    }

    private bool IsRoleNoun(Token t) => Lexicons.RoleNouns.Contains(t.Text) || (char.IsLower(t.First) && _pool.ClassesOf(t).Is(WordClass.Title));

    private void FindRoles(Run r)
    {
        var actor = FindPerson(r.Name);
        if (actor is null) return;
        var tokens = _tokens[r.Paragraph];

        var after = AppositiveRole(r);
        if (after is not null) actor.OfferRole(after.Value.Role, after.Value.Rank);

        // "Chinese Foreign Ministry spokesman Wang Wenbin", "Microsoft co-founder Bill Gates"
        var k = r.RunFrom - 1;
        if (k >= 0 && IsRoleNoun(tokens[k]))
        {
            var s = k;
            while (s - 1 >= 0 && IsRolePart(tokens[s - 1])) s--;
            // "his predecessor Tom Reyes", "her husband Tom": a relation, not a role.
            var relation = s == k && s > 0 && tokens[s - 1].Text is "his" or "her" or "their" or "its" or "my" or "our" or "your";
            if (!relation) actor.OfferRole(Clean(Slice(tokens, s, k + 1)), RoleRank.Premodifier);
        }

        // "Singapore’s foreign minister, Vivian Balakrishnan,"
        if (r.RunFrom >= 2 && tokens[r.RunFrom - 1].Text == "," && IsRoleNoun(tokens[r.RunFrom - 2]))
        {
            var e = r.RunFrom - 1;
            var s = e - 1;
            while (s - 1 >= 0 && IsRolePart(tokens[s - 1])) s--;
            // Drop a person's possessive ("Biden’s national security adviser"), keep a place's ("Singapore’s").
            if (s + 1 < e && tokens[s + 1].IsPossessive && FindPerson(tokens[s].Text) is not null) s += 2;
            if (s < e) actor.OfferRole(Clean(Slice(tokens, s, e)), RoleRank.AppositiveBefore);
        }
    }

    private bool IsRolePart(Token t) =>
        t.IsPossessive || (t.IsCapitalized && !Has(t, WordClass.NotName)) || IsRoleNoun(t)
        || RoleModifiers.Contains(t.Text) || t.Text is "of" or "for";

    /// <summary>"Name, the ROLE," / "Name, who is now ROLE," / "Name, then ROLE." — a role noun must come early.</summary>
    private (string Role, int Rank)? AppositiveRole(Run r)
    {
        if (r.AppositiveRank == Run.NotRead)
        {
            var read = ReadAppositiveRole(r);
            r.AppositiveRole = read?.Role;
            r.AppositiveRank = read?.Rank ?? int.MaxValue;
        }
        return r.AppositiveRole is { } role ? (role, r.AppositiveRank) : null;
    }

    private (string Role, int Rank)? ReadAppositiveRole(Run r)
    {
        var tokens = _tokens[r.Paragraph];
        var i = r.To + (r.Possessive ? 1 : 0);
        if (i >= tokens.Count || tokens[i].Text != ",") return null;
        i++;
        var rank = RoleRank.AppositiveAfter;
        if (i + 1 < tokens.Count && tokens[i].Text == "who" && tokens[i + 1].Text is "is" or "was" or "has" or "had")
        {
            rank = tokens[i + 1].Text is "is" or "has" ? RoleRank.WhoIs : RoleRank.WhoWas;
            i += 2;
            if (i < tokens.Count && tokens[i].Text == "been") i++;
        }
        while (i < tokens.Count && tokens[i].Text is "now" or "then" or "currently" or "also") i++;
        var roleStart = i;
        while (i < tokens.Count && tokens[i].Text is "the" or "a" or "an") i++;
        // A role opens with a role noun, a modifier or a name ("US secretary", "chief diplomat", "vice president"),
        // not a verb ("who is running for president").
        if (i >= tokens.Count) return null;
        var opener = tokens[i];
        var secondIsRole = i + 1 < tokens.Count && IsRoleNoun(tokens[i + 1]);
        if (!(IsRoleNoun(opener) || RoleModifiers.Contains(opener.Text) || opener.IsCapitalized || secondIsRole
            || (i + 1 < tokens.Count && tokens[i + 1].IsPossessive))) return null;
        var end = i;
        var sawRoleNoun = false;
        while (end < tokens.Count && end - roleStart < 16)
        {
            var t = tokens[end];
            if (t.Kind == TokenKind.Punctuation || t.Kind == TokenKind.QuoteMark) break;
            if (t.Text is "who" or "which" or "said" or "says" or "and" && sawRoleNoun) break;
            if (IsRoleNoun(t)) sawRoleNoun = true;
            else if (!sawRoleNoun && end - roleStart > 6) return null;
            end++;
        }
        if (!sawRoleNoun || end == roleStart) return null;
        var stop = end < tokens.Count ? tokens[end].Text : ".";
        if (stop is not ("," or "." or "—" or "–" or ";" or ")" or "-" or "said" or "says" or "and")) return null;
        while (roleStart < end && tokens[roleStart].Text is "the" or "a" or "an") roleStart++;
        return (Clean(Slice(tokens, roleStart, end)), rank);
    }

    private string Slice(List<Token> tokens, int from, int to) =>
        from >= to ? "" : NormalizeSpace(_text, tokens[from].Start, tokens[to - 1].End - tokens[from].Start);

    private static string Clean(string role) => role.Trim().TrimEnd(',', '.', ';');

    [ThreadStatic] private static StringBuilder? t_join;

    /// <summary>The words of tokens <paramref name="from"/> to <paramref name="to"/> with single spaces: a name or a lexicon key.</summary>
    private static string Join(List<Token> tokens, int from, int to)
    {
        if (to - from == 1) return tokens[from].Text;
        if (to <= from) return "";
        var sb = t_join ??= new StringBuilder(64);
        sb.Clear();
        for (var k = from; k < to; k++)
        {
            if (k > from) sb.Append(' ');
            sb.Append(tokens[k].Text);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The text from <paramref name="start"/> with every run of spaces, tabs and line breaks made one space and none at
    /// either end (what splitting at them and joining with spaces gives), cut out once: most roles and verbs read
    /// this way are already single-spaced.
    /// </summary>
    internal static string NormalizeSpace(string text, int start, int length)
    {
        var end = start + length;
        while (start < end && IsSpace(text[start])) start++;
        while (end > start && IsSpace(text[end - 1])) end--;
        var single = true;
        for (var i = start; i < end && single; i++)
        {
            // The last character is no space, so a space before the end has a next character.
            single = !IsSpace(text[i]) || (text[i] == ' ' && !IsSpace(text[i + 1]));
        }
        if (single) return text.Substring(start, end - start);
        var sb = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (!IsSpace(text[i])) sb.Append(text[i]);
            else if (!IsSpace(text[i - 1])) sb.Append(' ');
        }
        return sb.ToString();
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u00A0' or '\u2028' or '\u2029' or '\u0085';
}
