// Newsroom's fixed API: Article, Quote, Actor and their lists. The generator copies this file into every project
// that uses Newsroom, in the project's namespace and visibility (src/Newsroom.Generator/Emit/Api/ in the repository).
#nullable enable

namespace Newsroom
{
    /// <summary>Every person, organization and place of all articles, with one named member each.</summary>
    public static partial class Actors
    {
        private static Actor[]? s_all;
        private static global::System.Collections.Generic.Dictionary<(ActorKind, string), Actor>? s_byKey;
        private static global::System.Collections.Generic.Dictionary<string, Actor>? s_byMember;

        /// <summary>All actors, ordered by name.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<Actor> All => s_all ?? __Table();

        /// <summary>The actor with this name or alias (case-insensitive), or null. Full names win over aliases.</summary>
        public static Actor? Find(string nameOrAlias)
        {
            foreach (var actor in All)
            {
                if (string.Equals(actor.Name, nameOrAlias, global::System.StringComparison.OrdinalIgnoreCase)) return actor;
            }
            foreach (var actor in All)
            {
                foreach (var alias in actor.Aliases)
                {
                    if (string.Equals(alias, nameOrAlias, global::System.StringComparison.OrdinalIgnoreCase)) return actor;
                }
            }
            return null;
        }

        /// <summary>All actors of one kind.</summary>
        public static global::System.Collections.Generic.IEnumerable<Actor> OfKind(ActorKind kind)
        {
            foreach (var actor in All)
            {
                if (actor.Kind == kind) yield return actor;
            }
        }

        /// <summary>The actor an article names: the one of all actors with this kind and name.</summary>
        internal static Actor __Resolve(ActorKind kind, string name)
        {
            if (s_byKey is null) __Table();
            return s_byKey!.TryGetValue((kind, name), out var actor) ? actor
                : new Actor(name, kind, null, global::System.Array.Empty<string>(), "", 0, global::System.Array.Empty<int>());
        }

        /// <summary>The actor of a generated member (the members live in files of their own, one per first letter).</summary>
        private static Actor __Member(string member)
        {
            if (s_byMember is null) __Table();
            return s_byMember![member];
        }

        private static Actor[] __Table()
        {
            var data = global::System.ReadOnlySpan<byte>.Empty;
            __Data(ref data);
            var r = new __DataReader(data);
            var all = new Actor[r.Int()];
            var byKey = new global::System.Collections.Generic.Dictionary<(ActorKind, string), Actor>(all.Length);
            var byMember = new global::System.Collections.Generic.Dictionary<string, Actor>(all.Length, global::System.StringComparer.Ordinal);
            for (var i = 0; i < all.Length; i++)
            {
                var member = r.String() ?? "";
                var name = r.String() ?? "";
                var kind = (ActorKind)r.Int();
                var role = r.String();
                var aliases = new string[r.Int()];
                for (var j = 0; j < aliases.Length; j++) aliases[j] = r.String() ?? "";
                var mentions = r.Int();
                var articles = r.Ints(r.Int());
                all[i] = new Actor(name, kind, role, aliases, member, mentions, articles);
                byKey[(kind, name)] = all[i];
                byMember[member] = all[i];
            }
            global::System.Threading.Interlocked.CompareExchange(ref s_byMember, byMember, null);
            global::System.Threading.Interlocked.CompareExchange(ref s_byKey, byKey, null);
            global::System.Threading.Interlocked.CompareExchange(ref s_all, all, null);
            return s_all!;
        }

        static partial void __Data(ref global::System.ReadOnlySpan<byte> data);
    }
}
