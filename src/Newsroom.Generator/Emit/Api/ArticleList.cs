// Newsroom's fixed API: Article, Quote, Actor and their lists. The generator copies this file into every project
// that uses Newsroom, in the project's namespace and visibility (src/Newsroom.Generator/Emit/Api/ in the repository).
#nullable enable

namespace Newsroom
{
    /// <summary>The list behind <see cref="Articles.All"/>: each article is made when first reached.</summary>
    internal sealed class __ArticleList : global::System.Collections.Generic.IReadOnlyList<Article>
    {
        private readonly string[] _fileNames;
        private readonly string[] _members;
        private readonly Article?[] _articles;
        private global::System.Collections.Generic.Dictionary<string, int>? _byMember;

        /// <summary>The hot-reload generation the list was made in (<see cref="__HotReload"/>).</summary>
        internal int Generation { get; } = __HotReload.Generation;

        internal __ArticleList(string[] fileNames, string[] members)
        {
            _fileNames = fileNames;
            _members = members;
            _articles = new Article?[fileNames.Length];
        }

        public int Count => _articles.Length;

        public Article this[int index] => _articles[index] ?? (_articles[index] = Articles.__At(index));

        internal string FileName(int index) => _fileNames[index];

        internal int IndexOfMember(string member)
        {
            var byMember = _byMember;
            if (byMember is null)
            {
                byMember = new global::System.Collections.Generic.Dictionary<string, int>(_members.Length, global::System.StringComparer.Ordinal);
                for (var i = 0; i < _members.Length; i++) byMember[_members[i]] = i;
                _byMember = byMember;
            }
            return byMember[member];
        }

        public global::System.Collections.Generic.IEnumerator<Article> GetEnumerator()
        {
            for (var i = 0; i < _articles.Length; i++) yield return this[i];
        }

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
