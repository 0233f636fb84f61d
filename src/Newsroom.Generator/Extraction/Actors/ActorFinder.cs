using System;
using System.Collections.Generic;
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
/// <para>
/// This file holds the entry point (<see cref="Find"/>) and its order from top to bottom, the actors and mentions
/// found, and the text helpers the parts share. The rules stand beside it, one concern a file:
/// <c>CapitalisedRuns.cs</c> (which words make a candidate name and how a run is cut into title and name),
/// <c>PlacesAndOrganizations.cs</c> (lexicon places and organizations, organization keywords, speaking acronyms,
/// <c>the Biden administration</c>), <c>PersonEvidence.cs</c> (when a run is a person), <c>PersonNames.cs</c>
/// (which person a full name, surname or first name names) and <c>Roles.cs</c> (a person's role, before or after the
/// name).
/// </para>
/// </summary>
internal sealed partial class ActorFinder
{
    private readonly string _text;
    private readonly IReadOnlyList<TextRange> _paragraphs;
    private readonly List<List<Token>> _tokens;
    private readonly Func<int, bool> _inQuote;

    private readonly List<Mention> _mentions = new();

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

    private readonly List<Actor> _actors = new();

    /// <summary>The persons of <see cref="_actors"/>, in the same order.</summary>
    private readonly List<Actor> _persons = new();

    private readonly WordPool _pool = WordPool.Current;

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
        /// An organization named inside a person's title (<c>House of Commons</c> of <c>House of Commons Speaker John
        /// Bercow</c>): an actor of the article, never a quote's speaker.
        /// </summary>
        public bool Affiliation;

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

        OrganizationsByContext(runs);
        GovernmentsOfPlaces(runs);
        var acronyms = AcronymDefinitions(runs);

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
            if (r.Kind is ActorKind.Organization or ActorKind.Place || r.SurnameOnly) continue;
            var words = r.To - r.From;
            if (words < 2 && !(r.Honorific || r.Title is not null)) continue;
            if (words >= 2 && r.Title is null && !r.Honorific && AfterThe(_tokens[r.Paragraph], r.RunFrom))
            {
                // "the Grateful Dead", "the Founding Fathers said": no person's name takes "the"; what speaks is a body.
                // Not a person named elsewhere without "the", whose name modifies a noun here ("the Lena Berg label").
                if (IsPersonEvidence(r, alone) && !IsRoleOnly(r) && !NamedWithoutThe(runs, r)) r.Kind = ActorKind.Organization;
                continue;
            }
            if (words >= 2 && !IsPersonEvidence(r, alone)) continue;
            if (IsRoleOnly(r)) continue;
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

        // "Steve Winwood and Ric Grech", "his wife Maureen", "composer Mozart": names beside people and after kinship or
        // role nouns.
        PeopleByCompany(runs, persons);

        // Places and organizations, unless a single word is the surname of a person named in full
        // ("Captain Ana Dover … Dover said" is not the city).
        foreach (var r in runs)
        {
            if (r.Kind is not (ActorKind.Organization or ActorKind.Place)) continue;
            // "Police said", "Authorities gave no cause": an unnamed source, capitalised by its place, names no body.
            if (IsUnnamedGroupWord(r)) continue;
            // "Tenure of Office Act", "IAAF World Athletics Championships": a law or an event, not a body that acts.
            // "Iranian Chess Federation President", "Divisional Railway Manager": a role named after its body is the body's
            // name without it, or no body when no keyword is left.
            if (r.Kind == ActorKind.Organization && r.To - r.From >= 2 && IsRoleWord(_tokens[r.Paragraph][r.To - 1]) && _tokens[r.Paragraph][r.To - 2].Text != "of")
            {
                var tokens = _tokens[r.Paragraph];
                var to = r.To;
                while (to > r.From && IsRoleWord(tokens[to - 1])) to--;
                var keyword = false;
                for (var k = r.From; k < to && !keyword; k++) keyword = Has(tokens[k], WordClass.OrgKeyword);
                if (!keyword) continue;
                r.To = to;
                r.Name = Join(tokens, r.From, to);
                r.Canonical = null;
                r.Possessive = false;
            }
            // (Not what a body is "of": "UC Berkeley School of Law".)
            if (r.Kind == ActorKind.Organization && r.To - r.From >= 2 && NotABodyHeads.Contains(_tokens[r.Paragraph][r.To - 1].Text)
                && _tokens[r.Paragraph][r.To - 2].Text != "of") continue;
            if (r.To - r.From == 1 && FindPerson(r.Name) is { } person && person.Parts.Length > 1 && person.LastName == r.Name)
            {
                r.Kind = ActorKind.Person;
                AddMention(r, person);
                continue;
            }
            var name = r.Canonical ?? r.Name;
            if (r.Kind == ActorKind.Organization && acronyms is not null && acronyms.TryGetValue(r.Name, out var full)) name = full;
            AddMention(r, GetOrAdd(name, r.Kind.Value, r));
        }

        OutletsByCue(runs);

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
            var group = false;
            if (!r.SurnameOnly && FindPerson(r.Name) is null && (r.Honorific || r.Title is not null || BesideSpeechVerb(r, out group)) && !IsRoleOnly(r))
            {
                if (!r.Honorific && r.Title is null && AfterThe(_tokens[r.Paragraph], r.RunFrom))
                {
                    // "the Rainmakers said": a body that speaks.
                    r.Kind = ActorKind.Organization;
                    AddMention(r, GetOrAdd(r.Name, ActorKind.Organization, r));
                    continue;
                }
                var created = GetOrAdd(r.Name, ActorKind.Person, r);
                if (created.Gender == Gender.Unknown) created.Gender = r.Gender;
            }
            else if (group && !IsUnnamedGroupWord(r))
            {
                // "the Saudis have said", "Investigations have found": a group that speaks.
                r.Kind = ActorKind.Organization;
                AddMention(r, GetOrAdd(r.Name, ActorKind.Organization, r));
            }
        }
        // An acronym that speaks ("ACME said") is an organization.
        foreach (var r in _acronymSpeakers)
        {
            r.Kind = ActorKind.Organization;
            AddMention(r, GetOrAdd(acronyms is not null && acronyms.TryGetValue(r.Name, out var full) ? full : r.Name, ActorKind.Organization, r));
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
        OrganizationNames();
        foreach (var m in _mentions)
        {
            m.Actor!.Mentions++;
            if (m.Surface != m.Actor.Name) m.Actor.AddAlias(m.Surface);
        }
    }

    /// <summary>Whether another run of the article has <paramref name="r"/>'s name without "the" before it.</summary>
    private bool NamedWithoutThe(List<Run> runs, Run r)
    {
        foreach (var o in runs)
        {
            if (o != r && o.Name == r.Name && !AfterThe(_tokens[o.Paragraph], o.RunFrom)) return true;
        }
        return false;
    }

    /// <summary>A one person's role that ends no body's name (<c>President</c>, <c>Manager</c>; not <c>Leader</c> of a newspaper).</summary>
    private static bool IsRoleWord(Token t) => t.Text is "President" or "Manager" or "Chairman" or "Chairwoman" or "Chairperson"
        or "Director" or "Spokesman" or "Spokeswoman" or "Spokesperson" or "CEO" or "Chief" or "Commissioner" or "Vice-President" or "Vice";

    /// <summary>The last words of names of laws, documents, events and prizes, which an organization keyword inside does not make bodies.</summary>
    private static readonly HashSet<string> NotABodyHeads = new(StringComparer.Ordinal)
    {
        "Act", "Law", "Laws", "Regulations", "Rules", "Code", "Amendment", "Treaty", "Accord", "Accords", "Conditions",
        "Championship", "Championships", "Briefing", "Award", "Awards", "Prize", "Medal", "Cup", "Trophy", "Games",
    };

    /// <summary>
    /// A single word whose lower-case form is an unnamed source's noun (<c>Police</c>, <c>Authorities</c>, <c>Officials</c>);
    /// not a body's noun, which may stand for a body named before (<c>the Court</c>, <c>the Party</c>).
    /// </summary>
    private static bool IsUnnamedGroupWord(Run r)
    {
        if (r.To - r.From != 1) return false;
        var lower = r.Name.ToLowerInvariant();
        return Attribution.Attributor.UnnamedGroups.Contains(lower) && !Attribution.Attributor.GenericBodies.Contains(lower);
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
            Affiliation = r.Affiliation,
        };
        _mentions.Add(m);
        if (r.Title is not null && actor.Kind == ActorKind.Person && !r.Honorific) actor.OfferRole(r.Title, RoleRank.Title);
    }

    /// <summary>Whether the word lists put <paramref name="t"/> in any of <paramref name="classes"/>.</summary>
    private bool Has(Token t, WordClass classes) => _pool.ClassesOf(t).Is(classes);

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
            // "People's Liberation Army", "Workers' Party": an apostrophe glued to the word before stays glued.
            if (k > from && !(tokens[k].Start == tokens[k - 1].End && (tokens[k].IsPossessive || tokens[k].Text is "'" or "’"))) sb.Append(' ');
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
