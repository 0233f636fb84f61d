using System;
using System.Collections.Generic;
using Newsroom.Generator.Extraction.Lexicon;

namespace Newsroom.Generator.Extraction.Actors;

/// <summary>
/// One organization per body in an article: names that differ only in case (<c>the Iranian Government</c>, <c>the
/// Iranian government</c>) and the ways an article names a country's government (<c>the Syrian government</c>, <c>the
/// government of Syria</c>; <c>the British government</c>, <c>the UK government</c>) are one actor, under the name it
/// is first given, with the others as aliases.
/// </summary>
internal sealed partial class ActorFinder
{
    /// <summary>Demonyms whose place does not start with them: the place's canonical name (<see cref="Lexicons.Places"/>).</summary>
    private static readonly Dictionary<string, string> IrregularDemonyms = new(StringComparer.Ordinal)
    {
        ["British"] = "United Kingdom", ["American"] = "United States", ["French"] = "France", ["Dutch"] = "Netherlands",
        ["Greek"] = "Greece", ["Spanish"] = "Spain", ["Turkish"] = "Turkey", ["Swiss"] = "Switzerland", ["Danish"] = "Denmark",
        ["Swedish"] = "Sweden", ["Polish"] = "Poland", ["Irish"] = "Ireland", ["Welsh"] = "Wales", ["Scottish"] = "Scotland",
        ["Finnish"] = "Finland", ["Filipino"] = "Philippines", ["Thai"] = "Thailand", ["English"] = "England",
    };

    /// <summary>Merges the organizations of <paramref name="orgs"/> that name one body.</summary>
    private void OneBodyPerName(List<Actor> orgs)
    {
        if (orgs.Count < 2) return;
        // Where each is first named (the mentions are in text order).
        var first = new Dictionary<Actor, int>();
        foreach (var m in _mentions)
        {
            if (!first.ContainsKey(m.Actor!)) first[m.Actor!] = m.Start;
        }
        // Groups of one body (union-find over the actors): names alike but for case, found by one lookup each; then
        // governments, compared pairwise among the few names that are one.
        var parent = new Dictionary<Actor, Actor>();
        Actor Root(Actor a)
        {
            while (parent.TryGetValue(a, out var up)) a = up;
            return a;
        }
        void Union(Actor a, Actor b)
        {
            a = Root(a);
            b = Root(b);
            if (a != b) parent[b] = a;
        }
        var byName = new Dictionary<string, Actor>(orgs.Count, StringComparer.OrdinalIgnoreCase);
        List<Actor>? governments = null;
        foreach (var a in orgs)
        {
            if (byName.TryGetValue(a.Name, out var same)) Union(same, a);
            else byName[a.Name] = a;
            if (GovernmentOf(a.Name) is not null) (governments ??= new List<Actor>()).Add(a);
        }
        for (var i = 0; governments is not null && i < governments.Count; i++)
        {
            for (var j = i + 1; j < governments.Count; j++)
            {
                if (SameGovernment(governments[i].Name, governments[j].Name)) Union(governments[i], governments[j]);
            }
        }
        if (parent.Count == 0) return;
        // Each group goes by the name given first (ties: the first in the list).
        var keepOf = new Dictionary<Actor, Actor>();
        foreach (var a in orgs)
        {
            var root = Root(a);
            if (!keepOf.TryGetValue(root, out var keep) || At(first, a) < At(first, keep)) keepOf[root] = a;
        }
        Dictionary<Actor, Actor>? into = null;
        foreach (var a in orgs)
        {
            var keep = keepOf[Root(a)];
            if (keep != a) (into ??= new Dictionary<Actor, Actor>())[a] = keep;
        }
        if (into is null) return;
        foreach (var m in _mentions)
        {
            if (into.TryGetValue(m.Actor!, out var keep)) m.Actor = keep;
        }
        foreach (var pair in into)
        {
            pair.Value.AddAlias(pair.Key.Name);
            foreach (var alias in pair.Key.Aliases) pair.Value.AddAlias(alias);
        }
        _actors.RemoveAll(into.ContainsKey);
        orgs.RemoveAll(into.ContainsKey);
    }

    private static int At(Dictionary<Actor, int> first, Actor a) => first.TryGetValue(a, out var at) ? at : a.FirstOffset;

    /// <summary>Whether two names are one country's government (<c>Syrian government</c>, <c>government of Syria</c>).</summary>
    private static bool SameGovernment(string a, string b)
    {
        var x = GovernmentOf(a);
        var y = GovernmentOf(b);
        if (x is null || y is null) return false;
        var px = PlaceName(x);
        var py = PlaceName(y);
        if (px is not null && py is not null) return px == py;
        if (px is null && py is null) return false;
        return px is null ? IsDemonymOf(x, py!) : IsDemonymOf(y, px);
    }

    /// <summary>What a government's name is of: <c>Syria</c> of <c>government of Syria</c>, <c>Syrian</c> of <c>Syrian government</c>.</summary>
    private static string? GovernmentOf(string name)
    {
        const string of = "government of ";
        if (name.Length > of.Length && name.StartsWith(of, StringComparison.OrdinalIgnoreCase))
        {
            var rest = name.Substring(of.Length);
            return rest.StartsWith("the ", StringComparison.Ordinal) ? rest.Substring(4) : rest;
        }
        const string tail = " government";
        return name.Length > tail.Length && name.EndsWith(tail, StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - tail.Length) : null;
    }

    /// <summary>A place's canonical name, or null for a word that names no known place (a demonym).</summary>
    private static string? PlaceName(string words) => Lexicons.Places.TryGetValue(words, out var canonical) ? canonical : null;

    /// <summary>
    /// Whether <paramref name="demonym"/> is the adjective of the place <paramref name="place"/> (a canonical name): the
    /// place with its last letters changed (<c>Syria</c>/<c>Syrian</c>, <c>China</c>/<c>Chinese</c>,
    /// <c>Hungary</c>/<c>Hungarian</c>), the place's first word (<c>Saudi</c>), or one of the irregular few.
    /// </summary>
    private static bool IsDemonymOf(string demonym, string place)
    {
        if (IrregularDemonyms.TryGetValue(demonym, out var irregular)) return irregular == place;
        if (demonym.Length >= 4 && place.StartsWith(demonym + " ", StringComparison.Ordinal)) return true;
        var common = 0;
        while (common < demonym.Length && common < place.Length && demonym[common] == place[common]) common++;
        return common >= 4 && common >= place.Length - 2;
    }
}
