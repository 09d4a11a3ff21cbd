// The part of libxml2's interface the HTML reader uses, declared here rather than taken from
// libxml2's headers: the library is opened with dlopen on first use (LibXML2 in
// HTMLArticleReader.swift), so nothing links against it and the commands that read no HTML never
// load it, nor the ICU it links. The layouts are libxml2's public ones, unchanged since 2.6: only
// the leading fields the reader reads are declared, and the reader never allocates these structs.
#ifndef COMMENTARY_LIBXML2_SHIM_H
#define COMMENTARY_LIBXML2_SHIM_H

typedef unsigned char xmlChar;

// The node types the reader tells apart; a node's `type` may hold any other of libxml2's values.
typedef enum {
    XML_ELEMENT_NODE = 1,
    XML_TEXT_NODE = 3,
    XML_CDATA_SECTION_NODE = 4,
    XML_COMMENT_NODE = 8,
    XML_DOCUMENT_NODE = 9,
    XML_HTML_DOCUMENT_NODE = 13
} xmlElementType;

// htmlReadMemory's options.
typedef enum {
    HTML_PARSE_RECOVER = 1 << 0,
    HTML_PARSE_NOERROR = 1 << 5,
    HTML_PARSE_NOWARNING = 1 << 6,
    HTML_PARSE_NONET = 1 << 11
} htmlParserOption;

// A parsed document: only passed back to libxml2.
typedef struct _xmlDoc xmlDoc;
typedef xmlDoc *xmlDocPtr;

struct _xmlNode;

typedef struct _xmlAttr {
    void *_private;
    xmlElementType type;
    const xmlChar *name;
    struct _xmlNode *children;
    struct _xmlNode *last;
    struct _xmlNode *parent;
    struct _xmlAttr *next;
} xmlAttr;
typedef xmlAttr *xmlAttrPtr;

typedef struct _xmlNode {
    void *_private;
    xmlElementType type;
    const xmlChar *name;
    struct _xmlNode *children;
    struct _xmlNode *last;
    struct _xmlNode *parent;
    struct _xmlNode *next;
    struct _xmlNode *prev;
    xmlDoc *doc;
    void *ns;
    xmlChar *content;
    struct _xmlAttr *properties;
} xmlNode;
typedef xmlNode *xmlNodePtr;

#endif
