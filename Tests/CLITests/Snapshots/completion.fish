function __commentary_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __commentary_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __commentary_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __commentary_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __commentary_parse_tokens -S
    set -l unparsed_tokens (__commentary_tokens -pc)
    switch $unparsed_tokens[1]
    case 'commentary'
        __commentary_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'import'
            __commentary_parse_subcommand -r 1 'db=' 'input-format=' 'source=' 'max-size=' 'dry-run' 'batch-size=' 'jobs=' 'timeout=' 'q/quiet' 'v/verbose' 'version' 'h/help'
        case 'search'
            __commentary_parse_subcommand -r 1 'db=' 'format=' 'in=' 'author=' 'outlet=' 'since=' 'until=' 'entity=' 'fts' 'sql' 'paragraphs' 'sort=' 'limit=' 'offset=' 'all' 'color=' 'quiet' 'version' 'h/help'
        case 'show'
            __commentary_parse_subcommand 1 'db=' 'format=' 'version' 'h/help'
        case 'export'
            __commentary_parse_subcommand 1 'db=' 'format=' 'in=' 'author=' 'outlet=' 'since=' 'until=' 'entity=' 'no-header' 'bom' 'excel-safe' 'query=' 'fts' 'window=' 'sort=' 'o/output=' 'force' 'manifest' 'version' 'h/help'
        case 'entities'
            __commentary_parse_subcommand 0 'db=' 'format=' 'in=' 'author=' 'outlet=' 'since=' 'until=' 'entity=' 'kind=' 'with=' 'same-paragraph' 'by=' 'name=' 'query=' 'limit=' 'version' 'h/help'
        case 'stats'
            __commentary_parse_subcommand 0 'db=' 'format=' 'version' 'h/help'
        case 'aliases'
            __commentary_parse_subcommand -r 2 'db=' 'format=' 'kind=' 'version' 'h/help'
        case 'reprocess'
            __commentary_parse_subcommand 0 'db=' 'in=' 'author=' 'outlet=' 'since=' 'until=' 'entity=' 'query=' 'stale' 'version' 'h/help'
        case 'delete'
            __commentary_parse_subcommand -r 1 'db=' 'format=' 'in=' 'author=' 'outlet=' 'since=' 'until=' 'entity=' 'query=' 'dry-run' 'version' 'h/help'
        case 'check'
            __commentary_parse_subcommand 0 'db=' 'quick' 'version' 'h/help'
        case 'count'
            __commentary_parse_subcommand -r 1 'db=' 'format=' 'in=' 'author=' 'outlet=' 'since=' 'until=' 'entity=' 'by=' 'paragraphs' 'plot=' 'force' 'version' 'h/help'
        case 'code'
            __commentary_parse_subcommand 0 'db=' 'format=' 'in=' 'author=' 'outlet=' 'since=' 'until=' 'entity=' 'dictionary=' 'presence' 'by=' 'version' 'h/help'
        case 'collocates'
            __commentary_parse_subcommand -r 1 'db=' 'format=' 'in=' 'author=' 'outlet=' 'since=' 'until=' 'entity=' 'window=' 'top=' 'min-count=' 'stopwords=' 'surface' 'sort=' 'fts' 'version' 'h/help'
        case 'list'
            __commentary_parse_subcommand 0 'db=' 'format=' 'in=' 'author=' 'outlet=' 'since=' 'until=' 'entity=' 'query=' 'sort=' 'sample=' 'seed=' 'limit=' 'offset=' 'all' 'quiet' 'version' 'h/help'
        case 'help'
            __commentary_parse_subcommand -r 1 'version'
        end
    end
end

function __commentary_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __commentary_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __commentary_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __commentary_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__commentary_tokens -p)
    if test -z "$(__commentary_tokens -t)"
        set -l index (count (__commentary_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'commentary' -f
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary" version' -l 'version' -d 'Show the version.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary" -eq 1' -fa 'import' -d 'Import articles from files, directories or standard input.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary" -eq 1' -fa 'search' -d 'Search the archive; one row per article, ranked, with a highlighted snippet.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary" -eq 1' -fa 'show' -d 'Show one article whole: metadata, paragraphs with kinds, captions, entities and dates.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary" -eq 1' -fa 'export' -d 'Export a table, or a query\'s matches in context, as CSV, TSV, JSON Lines or JSON.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary" -eq 1' -fa 'entities' -d 'Top entities by kind, with article and mention counts; co-occurrence; mentions over time.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary" -eq 1' -fa 'stats' -d 'Archive statistics: articles, paragraphs, entities, date range, size.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary" -eq 1' -fa 'aliases' -d 'List, add or remove entity aliases (UN → United Nations).'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary" -eq 1' -fa 'reprocess' -d 'Re-run extraction over stored raw text (all articles, or those the filters select).'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary" -eq 1' -fa 'delete' -d 'Delete articles or sources, with everything derived from them (index included).'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary" -eq 1' -fa 'check' -d 'Check that an archive is sound: SQLite\'s integrity, the full-text index, the archive\'s own rules.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary" -eq 1' -fa 'count' -d 'Count matching articles per month, quarter, year, outlet or author.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary" -eq 1' -fa 'code' -d 'Code every article with a dictionary of categories, each a set of queries.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary" -eq 1' -fa 'collocates' -d 'The words found near a query\'s matches more often than chance.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary" -eq 1' -fa 'list' -d 'List the articles the filters select, unranked; draw a reproducible sample.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary import" db' -l 'db' -d 'The archive file (default: $COMMENTARY_DB, else ./commentary.sqlite).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary import" input-format' -l 'input-format' -d 'Read every input as this format: text, html, json, jsonl, csv, tsv or docx (default: by extension).' -rfka 'text html json jsonl csv tsv docx'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary import" source' -l 'source' -d 'Source name for standard input (default: stdin#HASH).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary import" max-size' -l 'max-size' -d 'Largest article accepted, in megabytes.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary import" dry-run' -l 'dry-run' -d 'Parse and report without writing anything.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary import" batch-size' -l 'batch-size' -d 'Articles per transaction: larger batches write faster, smaller ones lose less work to a crash.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary import" jobs' -l 'jobs' -d 'Worker processes that read and extract (default: one per core but the writer\'s).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary import" timeout' -l 'timeout' -d 'Seconds one input may take before its worker is stopped and the input reported as failed.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary import" q quiet' -l 'quiet' -s 'q' -d 'Print nothing but errors (no progress, no summary).'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary import" v verbose' -l 'verbose' -s 'v' -d 'Print one line per article stored.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary import" version' -l 'version' -d 'Show the version.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" db' -l 'db' -d 'The archive file (default: $COMMENTARY_DB, else ./commentary.sqlite).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" format' -l 'format' -d 'Output format: table, csv, tsv, json or jsonl (default: table on a terminal, json otherwise).' -rfka 'table csv tsv json jsonl'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" in' -l 'in' -d 'Paragraph kinds to search: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default: title,body,caption,editor_note).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" author' -l 'author' -d 'Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" outlet' -l 'outlet' -d 'Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" since' -l 'since' -d 'Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" until' -l 'until' -d 'Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" entity' -l 'entity' -d 'Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" fts' -l 'fts' -d 'Pass the query to SQLite FTS5 as raw syntax (for experts).'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" sql' -l 'sql' -d 'Print the FTS5 expressions and the SQL that would run, and stop.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" paragraphs' -l 'paragraphs' -d 'Every paragraph holding the whole query instead of one row per article.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" sort' -l 'sort' -d 'Order: relevance or date (newest first).' -rfka 'relevance date'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" limit' -l 'limit' -d 'At most this many results (default: 20).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" offset' -l 'offset' -d 'Skip this many results first.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" all' -l 'all' -d 'Every result: no --limit.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" color' -l 'color' -d 'Highlight matches: auto (on a terminal, unless NO_COLOR is set), always or never.' -rfka 'auto always never'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" quiet' -l 'quiet' -d 'Print nothing on stderr: no total line, no count of results left out, no notes.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" version' -l 'version' -d 'Show the version.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary search" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary show" db' -l 'db' -d 'The archive file (default: $COMMENTARY_DB, else ./commentary.sqlite).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary show" format' -l 'format' -d 'Output format: table, csv, tsv, json or jsonl (default: table on a terminal, json otherwise).' -rfka 'table csv tsv json jsonl'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary show" version' -l 'version' -d 'Show the version.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" db' -l 'db' -d 'The archive file (default: $COMMENTARY_DB, else ./commentary.sqlite).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" format' -l 'format' -d 'Output format: csv, tsv, json or jsonl (default: csv).' -rfka 'csv tsv json jsonl'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" in' -l 'in' -d 'Paragraph kinds to search: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default: title,body,caption,editor_note).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" author' -l 'author' -d 'Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" outlet' -l 'outlet' -d 'Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" since' -l 'since' -d 'Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" until' -l 'until' -d 'Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" entity' -l 'entity' -d 'Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" no-header' -l 'no-header' -d 'Omit the header row (CSV, TSV, table).'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" bom' -l 'bom' -d 'Start CSV/TSV output with a UTF-8 byte-order mark, so Excel reads UTF-8 correctly.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" excel-safe' -l 'excel-safe' -d 'Prefix cells starting with =, +, - or @ with \' so spreadsheets do not run them as formulas.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_positional "commentary export" -eq 1' -fka 'articles paragraphs captions entities mentions dates hits'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" query' -l 'query' -d 'Only articles matching this query (the search language).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" fts' -l 'fts' -d 'Read --query as raw FTS5 syntax.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" window' -l 'window' -d 'hits: words of context either side of a match (default: 10).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" sort' -l 'sort' -d 'hits: order by left, right, match or date (default: archive order).' -rfka 'archive left right match date'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" o output' -s 'o' -l 'output' -d 'Write to this file instead of standard output.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" force' -l 'force' -d 'Overwrite --output if it is a regular file (never a directory, a device or a file of the archive).'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" manifest' -l 'manifest' -d 'Also write FILE.manifest.json: command line, filters, archive, schema version, row count, time.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" version' -l 'version' -d 'Show the version.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" db' -l 'db' -d 'The archive file (default: $COMMENTARY_DB, else ./commentary.sqlite).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" format' -l 'format' -d 'Output format: table, csv, tsv, json or jsonl (default: table on a terminal, json otherwise).' -rfka 'table csv tsv json jsonl'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" in' -l 'in' -d 'Paragraph kinds to search: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default: title,body,caption,editor_note).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" author' -l 'author' -d 'Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" outlet' -l 'outlet' -d 'Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" since' -l 'since' -d 'Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" until' -l 'until' -d 'Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" entity' -l 'entity' -d 'Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" kind' -l 'kind' -d 'Only this kind: person, organization, location or event.' -rfka 'person organization location event'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" with' -l 'with' -d 'Entities that co-occur with this one (canonical name or alias).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" same-paragraph' -l 'same-paragraph' -d 'With --with: count only co-occurrence in the same paragraph, not the same article.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" by' -l 'by' -d 'Group mentions over time: month (of publication; undated articles in a row whose month is empty).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" name' -l 'name' -d 'With --by month: only this entity.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" query' -l 'query' -d 'Search query that selects the articles counted (the search language).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" limit' -l 'limit' -d 'At most this many rows.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" version' -l 'version' -d 'Show the version.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary entities" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary stats" db' -l 'db' -d 'The archive file (default: $COMMENTARY_DB, else ./commentary.sqlite).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary stats" format' -l 'format' -d 'Output format: table, csv, tsv, json or jsonl (default: table on a terminal, json otherwise).' -rfka 'table csv tsv json jsonl'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary stats" version' -l 'version' -d 'Show the version.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary stats" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary aliases" db' -l 'db' -d 'The archive file (default: $COMMENTARY_DB, else ./commentary.sqlite).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary aliases" format' -l 'format' -d 'Output format: table, csv, tsv, json or jsonl (default: table on a terminal, json otherwise).' -rfka 'table csv tsv json jsonl'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary aliases" kind' -l 'kind' -d 'The entity\'s kind when adding an alias for a new name.' -rfka 'person organization location event'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary aliases" version' -l 'version' -d 'Show the version.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary aliases" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary reprocess" db' -l 'db' -d 'The archive file (default: $COMMENTARY_DB, else ./commentary.sqlite).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary reprocess" in' -l 'in' -d 'Paragraph kinds to search: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default: title,body,caption,editor_note).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary reprocess" author' -l 'author' -d 'Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary reprocess" outlet' -l 'outlet' -d 'Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary reprocess" since' -l 'since' -d 'Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary reprocess" until' -l 'until' -d 'Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary reprocess" entity' -l 'entity' -d 'Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary reprocess" query' -l 'query' -d 'Only articles matching this query (the search language).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary reprocess" stale' -l 'stale' -d 'Only articles an older extractor version wrote.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary reprocess" version' -l 'version' -d 'Show the version.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary reprocess" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary delete" db' -l 'db' -d 'The archive file (default: $COMMENTARY_DB, else ./commentary.sqlite).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary delete" format' -l 'format' -d 'Output format: table, csv, tsv, json or jsonl (default: table on a terminal, json otherwise).' -rfka 'table csv tsv json jsonl'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary delete" in' -l 'in' -d 'Paragraph kinds to search: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default: title,body,caption,editor_note).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary delete" author' -l 'author' -d 'Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary delete" outlet' -l 'outlet' -d 'Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary delete" since' -l 'since' -d 'Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary delete" until' -l 'until' -d 'Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary delete" entity' -l 'entity' -d 'Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary delete" query' -l 'query' -d 'Delete the articles matching this query (the search language).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary delete" dry-run' -l 'dry-run' -d 'List what would be deleted; change nothing.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary delete" version' -l 'version' -d 'Show the version.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary check" db' -l 'db' -d 'The archive file (default: $COMMENTARY_DB, else ./commentary.sqlite).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary check" quick' -l 'quick' -d 'A fast pass: SQLite\'s quick_check and the index\'s structure, without reading every row.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary check" version' -l 'version' -d 'Show the version.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary count" db' -l 'db' -d 'The archive file (default: $COMMENTARY_DB, else ./commentary.sqlite).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary count" format' -l 'format' -d 'Output format: table, csv, tsv, json or jsonl (default: table on a terminal, json otherwise).' -rfka 'table csv tsv json jsonl'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary count" in' -l 'in' -d 'Paragraph kinds to search: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default: title,body,caption,editor_note).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary count" author' -l 'author' -d 'Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary count" outlet' -l 'outlet' -d 'Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary count" since' -l 'since' -d 'Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary count" until' -l 'until' -d 'Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary count" entity' -l 'entity' -d 'Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary count" by' -l 'by' -d 'Buckets: month, quarter, year, outlet or author.' -rfka 'month quarter year outlet author'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary count" paragraphs' -l 'paragraphs' -d 'Count paragraphs in scope (--in) holding the whole query instead of articles.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary count" plot' -l 'plot' -d 'Also draw the shares as an SVG chart in this file.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary count" force' -l 'force' -d 'Overwrite --plot if it is a regular file.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary count" version' -l 'version' -d 'Show the version.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary count" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary code" db' -l 'db' -d 'The archive file (default: $COMMENTARY_DB, else ./commentary.sqlite).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary code" format' -l 'format' -d 'Output format: table, csv, tsv, json or jsonl (default: table on a terminal, json otherwise).' -rfka 'table csv tsv json jsonl'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary code" in' -l 'in' -d 'Paragraph kinds to search: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default: title,body,caption,editor_note).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary code" author' -l 'author' -d 'Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary code" outlet' -l 'outlet' -d 'Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary code" since' -l 'since' -d 'Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary code" until' -l 'until' -d 'Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary code" entity' -l 'entity' -d 'Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary code" dictionary' -l 'dictionary' -d 'The codebook: .yaml/.yml, or .csv with category,query rows.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary code" presence' -l 'presence' -d '1 when an article has a matching paragraph, else 0 (with --by: articles).'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary code" by' -l 'by' -d 'Add up per bucket: month, quarter, year, outlet or author.' -rfka 'month quarter year outlet author'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary code" version' -l 'version' -d 'Show the version.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary code" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" db' -l 'db' -d 'The archive file (default: $COMMENTARY_DB, else ./commentary.sqlite).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" format' -l 'format' -d 'Output format: table, csv, tsv, json or jsonl (default: table on a terminal, json otherwise).' -rfka 'table csv tsv json jsonl'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" in' -l 'in' -d 'Paragraph kinds to search: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default: title,body,caption,editor_note).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" author' -l 'author' -d 'Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" outlet' -l 'outlet' -d 'Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" since' -l 'since' -d 'Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" until' -l 'until' -d 'Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" entity' -l 'entity' -d 'Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" window' -l 'window' -d 'Words either side of a match.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" top' -l 'top' -d 'At most this many collocates.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" min-count' -l 'min-count' -d 'Fewest co-occurrences a word needs.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" stopwords' -l 'stopwords' -d 'Leave out a language\'s function words: en.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" surface' -l 'surface' -d 'Words as written (case and accents folded), not stems; reads every paragraph.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" sort' -l 'sort' -d 'Order: logdice, mi or count.' -rfka 'logdice mi count'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" fts' -l 'fts' -d 'Pass the query to SQLite FTS5 as raw syntax (for experts).'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" version' -l 'version' -d 'Show the version.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary collocates" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" db' -l 'db' -d 'The archive file (default: $COMMENTARY_DB, else ./commentary.sqlite).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" format' -l 'format' -d 'Output format: table, csv, tsv, json or jsonl (default: table on a terminal, json otherwise).' -rfka 'table csv tsv json jsonl'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" in' -l 'in' -d 'Paragraph kinds to search: comma-separated title, metadata, caption, editor_note, body, trailer, or all (default: title,body,caption,editor_note).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" author' -l 'author' -d 'Only articles whose author contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" outlet' -l 'outlet' -d 'Only articles whose outlet contains this text (case, accents and apostrophes folded, as search folds them).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" since' -l 'since' -d 'Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" until' -l 'until' -d 'Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" entity' -l 'entity' -d 'Only articles mentioning this entity (canonical name or alias, e.g. "President Xi").' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" query' -l 'query' -d 'Only articles matching this query (the search language).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" sort' -l 'sort' -d 'Order: id, date (oldest first), title or outlet.' -rfka 'id date title outlet'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" sample' -l 'sample' -d 'Draw this many articles at random instead of listing all.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" seed' -l 'seed' -d 'The random draw\'s seed (default: 0); the same seed draws the same sample.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" limit' -l 'limit' -d 'At most this many articles (default: 20).' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" offset' -l 'offset' -d 'Skip this many articles first.' -rfka ''
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" all' -l 'all' -d 'Every article: no --limit.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" quiet' -l 'quiet' -d 'Print nothing on stderr: no count of articles left out.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" version' -l 'version' -d 'Show the version.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'commentary' -n '__commentary_should_offer_completions_for_flags_or_options "commentary help" version' -l 'version' -d 'Show the version.'
