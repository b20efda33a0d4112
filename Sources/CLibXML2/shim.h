#ifndef CROSSCHECK_CLIBXML2_SHIM_H
#define CROSSCHECK_CLIBXML2_SHIM_H
// xmlversion.h first, then switch ICU off: Debian's libxml2 is built with ICU, and its
// encoding.h would pull ICU headers that clash with Foundation's ("UErrorCode" redefinition).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>

// xmlFree is a global function pointer; Swift 6 rejects it as not concurrency-safe.
static inline void cc_xmlFree(void *p) { xmlFree(p); }
#endif
