#!/usr/bin/env bash
# What a WPF app's build costs with many articles (issue #18). A WPF project whose XAML names a type of its own
# (xmlns:local, a converter, any local type) builds a temporary project first (`{Project}_{random}_wpftmp.csproj`),
# whose assembly tells the XAML compiler the project's types; it runs the project's generators too, so the articles'
# code used to be compiled twice. There the generator now writes declarations only (build/Newsroom.targets,
# _NewsroomDeclarationsOnly). This script builds, round after round and after an edit to the code each time:
#
#   console   a console app with the same N articles (no temporary project);
#   wpf       a WPF app with them (built for Windows here: EnableWindowsTargeting), as the package builds it;
#   wpf-full  the same WPF app with -p:_NewsroomDeclarationsOnly=false, i.e. the temporary project compiling the
#             articles' code in full, as before the change;
#
#   bash eng/wpf-cost.sh                    # 2,000 PolNeAR articles, 3 rounds
#   bash eng/wpf-cost.sh 500 5 wikinews     # ARTICLES ROUNDS TEXTS (eng/consumer.sh)
#
# The consumers reference the package itself, packed from this tree into a temporary folder feed (WPF's temporary
# project gets the package's targets through NuGet's generated files, not through an Import of ours). Restoring the
# WPF app needs the Windows Desktop reference pack from the package registry. `dotnet build -c Release`, with the
# compiler server exactly when the machine's `dotnet build` uses it. Prints every round and the medians (seconds).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${NEWSROOM_SHARED:-$root/../shared}
n=${1:-2000} rounds=${2:-3}
export NEWSROOM_TEXTS=${3:-polnear}
source "$root/eng/consumer.sh"
work=${COST_DIR:-/tmp/newsroom-wpf-cost}
rm -rf "$work"; mkdir -p "$work"

version=0.0.0-wpfcost.$(date +%Y%m%d%H%M%S)
dotnet pack "$root/src/Newsroom.Generator" -c Release -o "$work/feed" "-p:Version=$version" -nologo -v q >/dev/null \
  || { echo "dotnet pack failed" >&2; exit 1; }
cat > "$work/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="newsroom" value="$work/feed" />
  </packageSources>
</configuration>
XML
export NUGET_PACKAGES=$work/packages

# make DIR KIND: a consumer of the N articles (KIND console or wpf), restored and built once.
make() {
  local dir=$1 kind=$2
  mkdir -p "$dir"
  newsroom_articles "$dir/Articles" "$n"
  if [ "$kind" = console ]; then
    cat > "$dir/Cost.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageReference Include="Newsroom" Version="$version" /></ItemGroup>
</Project>
XML
    echo 'System.Console.WriteLine(Newsroom.Articles.All.Count);' > "$dir/Code.cs"
  else
    cat > "$dir/Cost.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>WinExe</OutputType><TargetFramework>net10.0-windows</TargetFramework><UseWPF>true</UseWPF>
    <EnableWindowsTargeting>true</EnableWindowsTargeting><RootNamespace>Cost</RootNamespace>
  </PropertyGroup>
  <ItemGroup><PackageReference Include="Newsroom" Version="$version" /></ItemGroup>
</Project>
XML
    cat > "$dir/App.xaml" <<'XML'
<Application x:Class="Cost.App" xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation"
             xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml" StartupUri="MainWindow.xaml" />
XML
    echo 'namespace Cost; public partial class App : System.Windows.Application { }' > "$dir/App.xaml.cs"
    cat > "$dir/MainWindow.xaml" <<'XML'
<Window x:Class="Cost.MainWindow" xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation"
        xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml" xmlns:news="clr-namespace:Newsroom">
    <TextBlock Text="{Binding Source={x:Static news:Articles.All}, Path=Count}" />
</Window>
XML
    echo 'namespace Cost; public partial class MainWindow : System.Windows.Window { public MainWindow() { InitializeComponent(); } }' > "$dir/Code.cs"
  fi
  cp "$work/NuGet.config" "$dir/"
  (cd "$dir" && dotnet restore -nologo -v q >/dev/null && dotnet build -c Release --no-restore -nologo -v q > "$dir/build.log" 2>&1) \
    || { echo "the consumer in $dir did not build, see $dir/build.log" >&2; tail -20 "$dir/build.log" >&2; exit 1; }
}

make "$work/console" console
make "$work/wpf" wpf
console=() wpf=() full=()
for ((r = 1; r <= rounds; r++)); do
  c=$(timed_build "$work/console" "$work/console/Code.cs")
  w=$(timed_build "$work/wpf" "$work/wpf/Code.cs")
  f=$(timed_build "$work/wpf" "$work/wpf/Code.cs" -p:_NewsroomDeclarationsOnly=false)
  printf 'round %d  console %6.2f s  wpf %6.2f s  wpf-full %6.2f s\n' "$r" "$c" "$w" "$f"
  console+=("$c") wpf+=("$w") full+=("$f")
done
printf 'median   console %6.2f s  wpf %6.2f s  wpf-full %6.2f s  (%s articles, %s)\n' \
  "$(echo "${console[*]}" | median)" "$(echo "${wpf[*]}" | median)" "$(echo "${full[*]}" | median)" "$n" "$NEWSROOM_TEXTS"
