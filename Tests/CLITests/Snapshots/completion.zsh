#compdef commentary

__commentary_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__commentary_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __commentary_complete "${completions[@]:0:-1}"
    fi
}

__commentary_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_commentary() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'import:Import articles from files, directories or standard input.'
            'search:Search the archive; one row per article, ranked, with a highlighted snippet.'
            'show:Show one article whole: metadata, paragraphs with kinds, captions, entities and dates.'
            'export:Export a table, or a query'\''s matches in context, as CSV, TSV, JSON Lines or JSON.'
            'entities:Top entities by kind, with article and mention counts; co-occurrence; mentions over time.'
            'stats:Archive statistics: articles, paragraphs, entities, date range, size.'
            'aliases:List, add or remove entity aliases (UN → United Nations).'
            'reprocess:Re-run extraction over stored raw text (all articles, or those the filters select).'
            'delete:Delete articles or sources, with everything derived from them (index included).'
            'check:Check that an archive is sound: SQLite'\''s integrity, the full-text index, the archive'\''s own rules.'
            'count:Count matching articles per month, quarter, year, outlet or author.'
            'code:Code every article with a dictionary of categories, each a set of queries.'
            'collocates:The words found near a query'\''s matches more often than chance.'
            'list:List the articles the filters select, unranked; draw a reproducible sample.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        import|search|show|export|entities|stats|aliases|reprocess|delete|check|count|code|collocates|list|help)
            "_commentary_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_commentary_import() {
    local -i ret=1
    local -ar ___input_format=('text' 'html' 'json' 'jsonl' 'csv' 'tsv' 'docx')
    local -ar arg_specs=(
        '--db[The archive file (default\: $COMMENTARY_DB, else ./commentary.sqlite).]:db:'
        '*:paths:'
        '--input-format[Read every input as this format\: text, html, json, jsonl, csv, tsv or docx (default\: by extension).]:input-format:{__commentary_complete "${___input_format[@]}"}'
        '--source[Source name for standard input (default\: stdin#HASH).]:source:'
        '--max-size[Largest article accepted, in megabytes.]:max-size:'
        '--dry-run[Parse and report without writing anything.]'
        '--batch-size[Articles per transaction\: larger batches write faster, smaller ones lose less work to a crash.]:batch-size:'
        '--jobs[Worker processes that read and extract (default\: one per core but the writer'\''s).]:jobs:'
        '--timeout[Seconds one input may take before its worker is stopped and the input reported as failed.]:timeout:'
        '(--quiet -q)'{--quiet,-q}'[Print nothing but errors (no progress, no summary).]'
        '(--verbose -v)'{--verbose,-v}'[Print one line per article stored.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_commentary_search() {
    local -i ret=1
    local -ar ___format=('table' 'csv' 'tsv' 'json' 'jsonl')
    local -ar ___sort=('relevance' 'date')
    local -ar ___color=('auto' 'always' 'never')
    local -ar arg_specs=(
        '--db[The archive file (default\: $COMMENTARY_DB, else ./commentary.sqlite).]:db:'
        '--format[Output format\: table, csv, tsv, json or jsonl (default\: table on a terminal, json otherwise).]:format:{__commentary_complete "${___format[@]}"}'
        '--in[Paragraph kinds to search\: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default\: title,body,caption,editor_note).]:kinds:'
        '--author[Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).]:author:'
        '--outlet[Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).]:outlet:'
        '--since[Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).]:since:'
        '--until[Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).]:until:'
        '--entity[Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").]:entity:'
        '*:query:'
        '--fts[Pass the query to SQLite FTS5 as raw syntax (for experts).]'
        '--sql[Print the FTS5 expressions and the SQL that would run, and stop.]'
        '--paragraphs[Every paragraph holding the whole query instead of one row per article.]'
        '--sort[Order\: relevance or date (newest first).]:sort:{__commentary_complete "${___sort[@]}"}'
        '--limit[At most this many results (default\: 20).]:limit:'
        '--offset[Skip this many results first.]:offset:'
        '--all[Every result\: no --limit.]'
        '--color[Highlight matches\: auto (on a terminal, unless NO_COLOR is set), always or never.]:color:{__commentary_complete "${___color[@]}"}'
        '--quiet[Print nothing on stderr\: no total line, no count of results left out, no notes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_commentary_show() {
    local -i ret=1
    local -ar ___format=('table' 'csv' 'tsv' 'json' 'jsonl')
    local -ar arg_specs=(
        '--db[The archive file (default\: $COMMENTARY_DB, else ./commentary.sqlite).]:db:'
        '--format[Output format\: table, csv, tsv, json or jsonl (default\: table on a terminal, json otherwise).]:format:{__commentary_complete "${___format[@]}"}'
        ':article:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_commentary_export() {
    local -i ret=1
    local -ar ___format=('csv' 'tsv' 'json' 'jsonl')
    local -ar _table=('articles' 'paragraphs' 'captions' 'entities' 'mentions' 'dates' 'hits')
    local -ar ___sort=('archive' 'left' 'right' 'match' 'date')
    local -ar arg_specs=(
        '--db[The archive file (default\: $COMMENTARY_DB, else ./commentary.sqlite).]:db:'
        '--format[Output format\: csv, tsv, json or jsonl (default\: csv).]:format:{__commentary_complete "${___format[@]}"}'
        '--in[Paragraph kinds to search\: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default\: title,body,caption,editor_note).]:kinds:'
        '--author[Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).]:author:'
        '--outlet[Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).]:outlet:'
        '--since[Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).]:since:'
        '--until[Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).]:until:'
        '--entity[Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").]:entity:'
        '--no-header[Omit the header row (CSV, TSV, table).]'
        '--bom[Start CSV/TSV output with a UTF-8 byte-order mark, so Excel reads UTF-8 correctly.]'
        '--excel-safe[Prefix cells starting with =, +, - or @ with '\'' so spreadsheets do not run them as formulas.]'
        ':table:{__commentary_complete "${_table[@]}"}'
        '--query[Only articles matching this query (the search language).]:query:'
        '--fts[Read --query as raw FTS5 syntax.]'
        '--window[hits\: words of context either side of a match (default\: 10).]:window:'
        '--sort[hits\: order by left, right, match or date (default\: archive order).]:sort:{__commentary_complete "${___sort[@]}"}'
        '(-o --output)'{-o,--output}'[Write to this file instead of standard output.]:output:'
        '--force[Overwrite --output if it is a regular file (never a directory, a device or a file of the archive).]'
        '--manifest[Also write FILE.manifest.json\: command line, filters, archive, schema version, row count, time.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_commentary_entities() {
    local -i ret=1
    local -ar ___format=('table' 'csv' 'tsv' 'json' 'jsonl')
    local -ar ___kind=('person' 'organization' 'location' 'event')
    local -ar arg_specs=(
        '--db[The archive file (default\: $COMMENTARY_DB, else ./commentary.sqlite).]:db:'
        '--format[Output format\: table, csv, tsv, json or jsonl (default\: table on a terminal, json otherwise).]:format:{__commentary_complete "${___format[@]}"}'
        '--in[Paragraph kinds to search\: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default\: title,body,caption,editor_note).]:kinds:'
        '--author[Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).]:author:'
        '--outlet[Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).]:outlet:'
        '--since[Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).]:since:'
        '--until[Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).]:until:'
        '--entity[Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").]:entity:'
        '--kind[Only this kind\: person, organization, location or event.]:kind:{__commentary_complete "${___kind[@]}"}'
        '--with[Entities that co-occur with this one (canonical name or alias).]:with:'
        '--same-paragraph[With --with\: count only co-occurrence in the same paragraph, not the same article.]'
        '--by[Group mentions over time\: month (of publication; undated articles in a row whose month is empty).]:by:'
        '--name[With --by month\: only this entity.]:name:'
        '--query[Search query that selects the articles counted (the search language).]:query:'
        '--limit[At most this many rows.]:limit:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_commentary_stats() {
    local -i ret=1
    local -ar ___format=('table' 'csv' 'tsv' 'json' 'jsonl')
    local -ar arg_specs=(
        '--db[The archive file (default\: $COMMENTARY_DB, else ./commentary.sqlite).]:db:'
        '--format[Output format\: table, csv, tsv, json or jsonl (default\: table on a terminal, json otherwise).]:format:{__commentary_complete "${___format[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_commentary_aliases() {
    local -i ret=1
    local -ar ___format=('table' 'csv' 'tsv' 'json' 'jsonl')
    local -ar ___kind=('person' 'organization' 'location' 'event')
    local -ar arg_specs=(
        '--db[The archive file (default\: $COMMENTARY_DB, else ./commentary.sqlite).]:db:'
        '--format[Output format\: table, csv, tsv, json or jsonl (default\: table on a terminal, json otherwise).]:format:{__commentary_complete "${___format[@]}"}'
        ':action:'
        '*:values:'
        '--kind[The entity'\''s kind when adding an alias for a new name.]:kind:{__commentary_complete "${___kind[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_commentary_reprocess() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[The archive file (default\: $COMMENTARY_DB, else ./commentary.sqlite).]:db:'
        '--in[Paragraph kinds to search\: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default\: title,body,caption,editor_note).]:kinds:'
        '--author[Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).]:author:'
        '--outlet[Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).]:outlet:'
        '--since[Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).]:since:'
        '--until[Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).]:until:'
        '--entity[Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").]:entity:'
        '--query[Only articles matching this query (the search language).]:query:'
        '--stale[Only articles an older extractor version wrote.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_commentary_delete() {
    local -i ret=1
    local -ar ___format=('table' 'csv' 'tsv' 'json' 'jsonl')
    local -ar arg_specs=(
        '--db[The archive file (default\: $COMMENTARY_DB, else ./commentary.sqlite).]:db:'
        '--format[Output format\: table, csv, tsv, json or jsonl (default\: table on a terminal, json otherwise).]:format:{__commentary_complete "${___format[@]}"}'
        '--in[Paragraph kinds to search\: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default\: title,body,caption,editor_note).]:kinds:'
        '--author[Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).]:author:'
        '--outlet[Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).]:outlet:'
        '--since[Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).]:since:'
        '--until[Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).]:until:'
        '--entity[Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").]:entity:'
        '*:articles:'
        '--query[Delete the articles matching this query (the search language).]:query:'
        '--dry-run[List what would be deleted; change nothing.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_commentary_check() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[The archive file (default\: $COMMENTARY_DB, else ./commentary.sqlite).]:db:'
        '--quick[A fast pass\: SQLite'\''s quick_check and the index'\''s structure, without reading every row.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_commentary_count() {
    local -i ret=1
    local -ar ___format=('table' 'csv' 'tsv' 'json' 'jsonl')
    local -ar ___by=('month' 'quarter' 'year' 'outlet' 'author')
    local -ar arg_specs=(
        '--db[The archive file (default\: $COMMENTARY_DB, else ./commentary.sqlite).]:db:'
        '--format[Output format\: table, csv, tsv, json or jsonl (default\: table on a terminal, json otherwise).]:format:{__commentary_complete "${___format[@]}"}'
        '--in[Paragraph kinds to search\: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default\: title,body,caption,editor_note).]:kinds:'
        '--author[Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).]:author:'
        '--outlet[Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).]:outlet:'
        '--since[Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).]:since:'
        '--until[Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).]:until:'
        '--entity[Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").]:entity:'
        '*:queries:'
        '--by[Buckets\: month, quarter, year, outlet or author.]:by:{__commentary_complete "${___by[@]}"}'
        '--paragraphs[Count paragraphs in scope (--in) holding the whole query instead of articles.]'
        '--plot[Also draw the shares as an SVG chart in this file.]:file.svg:'
        '--force[Overwrite --plot if it is a regular file.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_commentary_code() {
    local -i ret=1
    local -ar ___format=('table' 'csv' 'tsv' 'json' 'jsonl')
    local -ar ___by=('month' 'quarter' 'year' 'outlet' 'author')
    local -ar arg_specs=(
        '--db[The archive file (default\: $COMMENTARY_DB, else ./commentary.sqlite).]:db:'
        '--format[Output format\: table, csv, tsv, json or jsonl (default\: table on a terminal, json otherwise).]:format:{__commentary_complete "${___format[@]}"}'
        '--in[Paragraph kinds to search\: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default\: title,body,caption,editor_note).]:kinds:'
        '--author[Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).]:author:'
        '--outlet[Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).]:outlet:'
        '--since[Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).]:since:'
        '--until[Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).]:until:'
        '--entity[Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").]:entity:'
        '--dictionary[The codebook\: .yaml/.yml, or .csv with category,query rows.]:file:'
        '--presence[1 when an article has a matching paragraph, else 0 (with --by\: articles).]'
        '--by[Add up per bucket\: month, quarter, year, outlet or author.]:by:{__commentary_complete "${___by[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_commentary_collocates() {
    local -i ret=1
    local -ar ___format=('table' 'csv' 'tsv' 'json' 'jsonl')
    local -ar ___sort=('logdice' 'mi' 'count')
    local -ar arg_specs=(
        '--db[The archive file (default\: $COMMENTARY_DB, else ./commentary.sqlite).]:db:'
        '--format[Output format\: table, csv, tsv, json or jsonl (default\: table on a terminal, json otherwise).]:format:{__commentary_complete "${___format[@]}"}'
        '--in[Paragraph kinds to search\: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default\: title,body,caption,editor_note).]:kinds:'
        '--author[Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).]:author:'
        '--outlet[Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).]:outlet:'
        '--since[Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).]:since:'
        '--until[Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).]:until:'
        '--entity[Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").]:entity:'
        '*:query:'
        '--window[Words either side of a match.]:window:'
        '--top[At most this many collocates.]:top:'
        '--min-count[Fewest co-occurrences a word needs.]:min-count:'
        '--stopwords[Leave out a language'\''s function words\: en.]:language:'
        '--surface[Words as written (case and accents folded), not stems; reads every paragraph.]'
        '--sort[Order\: logdice, mi or count.]:sort:{__commentary_complete "${___sort[@]}"}'
        '--fts[Pass the query to SQLite FTS5 as raw syntax (for experts).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_commentary_list() {
    local -i ret=1
    local -ar ___format=('table' 'csv' 'tsv' 'json' 'jsonl')
    local -ar ___sort=('id' 'date' 'title' 'outlet')
    local -ar arg_specs=(
        '--db[The archive file (default\: $COMMENTARY_DB, else ./commentary.sqlite).]:db:'
        '--format[Output format\: table, csv, tsv, json or jsonl (default\: table on a terminal, json otherwise).]:format:{__commentary_complete "${___format[@]}"}'
        '--in[Paragraph kinds to search\: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default\: title,body,caption,editor_note).]:kinds:'
        '--author[Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).]:author:'
        '--outlet[Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).]:outlet:'
        '--since[Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).]:since:'
        '--until[Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).]:until:'
        '--entity[Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").]:entity:'
        '--query[Only articles matching this query (the search language).]:query:'
        '--sort[Order\: id, date (oldest first), title or outlet.]:sort:{__commentary_complete "${___sort[@]}"}'
        '--sample[Draw this many articles at random instead of listing all.]:sample:'
        '--seed[The random draw'\''s seed (default\: 0); the same seed draws the same sample.]:seed:'
        '--limit[At most this many articles (default\: 20).]:limit:'
        '--offset[Skip this many articles first.]:offset:'
        '--all[Every article\: no --limit.]'
        '--quiet[Print nothing on stderr\: no count of articles left out.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_commentary_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _commentary ]]; then
    _commentary "${@}"
else
    compdef _commentary commentary
fi
