// libxml2 as Debian builds it enables ICU, whose headers clash with the ICU copy inside
// Foundation. The HTML parser needs none of it: switch it off before the other headers see it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
