#!/bin/bash

__commentary_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__commentary_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__commentary_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__commentary_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_commentary() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __commentary_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    import|search|show|export|entities|stats|aliases|reprocess|delete|check|count|code|collocates|list|help)
        # Offer subcommand argument completions
        "_commentary_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'import search show export entities stats aliases reprocess delete check count code collocates list help' -- "${cur}"))
        ;;
    esac
}

_commentary_import() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --quiet -q --verbose -v --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --input-format --source --max-size --batch-size --jobs --timeout)
    __commentary_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--input-format')
        __commentary_add_completions -W 'text'$'\n''html'$'\n''json'$'\n''jsonl'$'\n''csv'$'\n''tsv'$'\n''docx'
        return
        ;;
    '--source')
        return
        ;;
    '--max-size')
        return
        ;;
    '--batch-size')
        return
        ;;
    '--jobs')
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_commentary_search() {
    repeating_flags=()
    non_repeating_flags=(--fts --sql --paragraphs --all --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format --in --author --outlet --since --until --entity --sort --limit --offset --color)
    __commentary_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __commentary_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''jsonl'
        return
        ;;
    '--in')
        return
        ;;
    '--author')
        return
        ;;
    '--outlet')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--entity')
        return
        ;;
    '--sort')
        __commentary_add_completions -W 'relevance'$'\n''date'
        return
        ;;
    '--limit')
        return
        ;;
    '--offset')
        return
        ;;
    '--color')
        __commentary_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    esac
}

_commentary_show() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format)
    __commentary_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __commentary_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''jsonl'
        return
        ;;
    esac
}

_commentary_export() {
    repeating_flags=()
    non_repeating_flags=(--no-header --bom --excel-safe --fts --force --manifest --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format --in --author --outlet --since --until --entity --query --window --sort -o --output)
    __commentary_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __commentary_add_completions -W 'csv'$'\n''tsv'$'\n''json'$'\n''jsonl'
        return
        ;;
    '--in')
        return
        ;;
    '--author')
        return
        ;;
    '--outlet')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--entity')
        return
        ;;
    '--query')
        return
        ;;
    '--window')
        return
        ;;
    '--sort')
        __commentary_add_completions -W 'archive'$'\n''left'$'\n''right'$'\n''match'$'\n''date'
        return
        ;;
    '-o'|'--output')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __commentary_add_completions -W 'articles'$'\n''paragraphs'$'\n''captions'$'\n''entities'$'\n''mentions'$'\n''dates'$'\n''hits'
        return
        ;;
    esac
}

_commentary_entities() {
    repeating_flags=()
    non_repeating_flags=(--same-paragraph --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format --in --author --outlet --since --until --entity --kind --with --by --name --query --limit)
    __commentary_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __commentary_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''jsonl'
        return
        ;;
    '--in')
        return
        ;;
    '--author')
        return
        ;;
    '--outlet')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--entity')
        return
        ;;
    '--kind')
        __commentary_add_completions -W 'person'$'\n''organization'$'\n''location'$'\n''event'
        return
        ;;
    '--with')
        return
        ;;
    '--by')
        return
        ;;
    '--name')
        return
        ;;
    '--query')
        return
        ;;
    '--limit')
        return
        ;;
    esac
}

_commentary_stats() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format)
    __commentary_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __commentary_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''jsonl'
        return
        ;;
    esac
}

_commentary_aliases() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format --kind)
    __commentary_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __commentary_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''jsonl'
        return
        ;;
    '--kind')
        __commentary_add_completions -W 'person'$'\n''organization'$'\n''location'$'\n''event'
        return
        ;;
    esac
}

_commentary_reprocess() {
    repeating_flags=()
    non_repeating_flags=(--stale --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --in --author --outlet --since --until --entity --query)
    __commentary_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--in')
        return
        ;;
    '--author')
        return
        ;;
    '--outlet')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--entity')
        return
        ;;
    '--query')
        return
        ;;
    esac
}

_commentary_delete() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format --in --author --outlet --since --until --entity --query)
    __commentary_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __commentary_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''jsonl'
        return
        ;;
    '--in')
        return
        ;;
    '--author')
        return
        ;;
    '--outlet')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--entity')
        return
        ;;
    '--query')
        return
        ;;
    esac
}

_commentary_check() {
    repeating_flags=()
    non_repeating_flags=(--quick --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __commentary_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_commentary_count() {
    repeating_flags=()
    non_repeating_flags=(--paragraphs --force --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format --in --author --outlet --since --until --entity --by --plot)
    __commentary_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __commentary_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''jsonl'
        return
        ;;
    '--in')
        return
        ;;
    '--author')
        return
        ;;
    '--outlet')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--entity')
        return
        ;;
    '--by')
        __commentary_add_completions -W 'month'$'\n''quarter'$'\n''year'$'\n''outlet'$'\n''author'
        return
        ;;
    '--plot')
        return
        ;;
    esac
}

_commentary_code() {
    repeating_flags=()
    non_repeating_flags=(--presence --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format --in --author --outlet --since --until --entity --dictionary --by)
    __commentary_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __commentary_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''jsonl'
        return
        ;;
    '--in')
        return
        ;;
    '--author')
        return
        ;;
    '--outlet')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--entity')
        return
        ;;
    '--dictionary')
        return
        ;;
    '--by')
        __commentary_add_completions -W 'month'$'\n''quarter'$'\n''year'$'\n''outlet'$'\n''author'
        return
        ;;
    esac
}

_commentary_collocates() {
    repeating_flags=()
    non_repeating_flags=(--surface --fts --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format --in --author --outlet --since --until --entity --window --top --min-count --stopwords --sort)
    __commentary_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __commentary_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''jsonl'
        return
        ;;
    '--in')
        return
        ;;
    '--author')
        return
        ;;
    '--outlet')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--entity')
        return
        ;;
    '--window')
        return
        ;;
    '--top')
        return
        ;;
    '--min-count')
        return
        ;;
    '--stopwords')
        return
        ;;
    '--sort')
        __commentary_add_completions -W 'logdice'$'\n''mi'$'\n''count'
        return
        ;;
    esac
}

_commentary_list() {
    repeating_flags=()
    non_repeating_flags=(--all --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format --in --author --outlet --since --until --entity --query --sort --sample --seed --limit --offset)
    __commentary_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __commentary_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''jsonl'
        return
        ;;
    '--in')
        return
        ;;
    '--author')
        return
        ;;
    '--outlet')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--entity')
        return
        ;;
    '--query')
        return
        ;;
    '--sort')
        __commentary_add_completions -W 'id'$'\n''date'$'\n''title'$'\n''outlet'
        return
        ;;
    '--sample')
        return
        ;;
    '--seed')
        return
        ;;
    '--limit')
        return
        ;;
    '--offset')
        return
        ;;
    esac
}

_commentary_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __commentary_offer_flags_options -1
}

complete -o filenames -F _commentary commentary
