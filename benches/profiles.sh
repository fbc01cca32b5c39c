#!/usr/bin/env bash
# Normalization speed under the release profiles users build with: builds the criterion
# bench `normalize` once per profile (default; codegen-units = 1; thin LTO with
# codegen-units = 1; fat LTO with codegen-units = 1), runs it on real text, and prints one
# Markdown table of ratios to `std::str::from_utf8` over the same bytes (higher is faster).
# With `main` as second argument, the same for the main job instead: the benches `dedup`
# and `clean` per document on generated news, the same diacritized, and the Tunisian news.
#
#   bash benches/profiles.sh [CORPUS_DIR] [main]
#
# CORPUS_DIR holds `news-tn-jawharafm.txt` and `quran-uthmani.txt` (default
# `../shared/corpus`). Each profile builds into its own target directory under
# `target/profiles/`, so rebuilds are incremental. Run nothing else meanwhile: the figures
# are ratios measured in one process, but a busy machine still blurs them.
set -euo pipefail

cd "$(dirname "$0")/.."
corpus_dir=${1:-../shared/corpus}
news=$corpus_dir/news-tn-jawharafm.txt
quran=$corpus_dir/quran-uthmani.txt
for file in "$news" "$quran"; do
    [[ -f $file ]] || { echo "profiles.sh: no corpus file $file" >&2; exit 1; }
done

# name | target directory | CARGO_PROFILE_BENCH_LTO | CARGO_PROFILE_BENCH_CODEGEN_UNITS
profiles=(
    "default|default||"
    "codegen-units = 1|cgu1|false|1"
    "thin LTO, codegen-units = 1|thin|thin|1"
    "fat LTO, codegen-units = 1|fat|fat|1"
)
# Criterion groups (by input), the functions measured in them, and the benches to run.
if [[ ${2:-} == main ]]; then
    benches=("dedup" "clean")
    inputs=("news" "diacritized" "corpus")
    presets=("dedup" "clean")
    filter='^(dedup|clean)/(news|diacritized|corpus)/(from_utf8|dedup|clean)$'
    corpus=$news
else
    benches=("normalize")
    inputs=("news-tn-jawharafm" "quran-uthmani" "normalized")
    presets=("search" "clean" "lucene" "camel")
    filter='^normalize/(news-tn-jawharafm|quran-uthmani|normalized)/'
    corpus=$news:$quran
fi

# The median time of one bench, in nanoseconds, from criterion's estimates.
median() {
    sed -E 's/.*"median":\{"confidence_interval":\{[^}]*\},"point_estimate":([0-9.e+-]+).*/\1/' "$1"
}

declare -A ratio
for spec in "${profiles[@]}"; do
    IFS='|' read -r name dir lto units <<<"$spec"
    dir=target/profiles/$dir
    echo "== $name (target $dir)" >&2
    for bench in "${benches[@]}"; do
        env ${lto:+CARGO_PROFILE_BENCH_LTO=$lto} \
            ${units:+CARGO_PROFILE_BENCH_CODEGEN_UNITS=$units} \
            CARGO_TARGET_DIR="$dir" \
            ARABIC_TEXT_BENCH_CORPUS="$corpus" \
            cargo bench --bench "$bench" -- "$filter" >&2
        for input in "${inputs[@]}"; do
            base=$dir/criterion/${bench}_$input/from_utf8/new/estimates.json
            for preset in "${presets[@]}"; do
                file=$dir/criterion/${bench}_$input/$preset/new/estimates.json
                [[ -f $base && -f $file ]] || continue
                ratio[$name/$input/$preset]=$(awk -v b="$(median "$base")" \
                    -v t="$(median "$file")" 'BEGIN { printf "%.2f×", b / t }')
            done
        done
    done
done

header="| input | preset |"
rule="|---|---|"
for spec in "${profiles[@]}"; do
    header+=" ${spec%%|*} |"
    rule+="--:|"
done
echo "$header"
echo "$rule"
for input in "${inputs[@]}"; do
    for preset in "${presets[@]}"; do
        row="| $input | $preset |"
        any=false
        for spec in "${profiles[@]}"; do
            value=${ratio[${spec%%|*}/$input/$preset]:-}
            [[ -n $value ]] && any=true
            row+=" ${value:-–} |"
        done
        if $any; then echo "$row"; fi
    done
done
