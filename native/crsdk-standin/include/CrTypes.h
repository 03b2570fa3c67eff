// Stand-in declaration of the CRSDK basic types (written for Tether Studio from the public API docs). As in
// Sony's headers, CrInt8 is plain `char` (not `signed char`) and the 16-bit types are short/unsigned short.
#ifndef CRTYPES_H
#define CRTYPES_H

#include <cstdint>

typedef std::int32_t CrInt32;
typedef std::uint32_t CrInt32u;
typedef std::int64_t CrInt64;
typedef std::uint64_t CrInt64u;
typedef char CrInt8;
typedef unsigned char CrInt8u;
typedef short CrInt16;
typedef unsigned short CrInt16u;
typedef char CrAChar;
typedef wchar_t CrWChar;

// Paths and names: UTF-16 (wchar_t) on Windows, UTF-8 (char) elsewhere, as in the SDK.
#if defined(_WIN32)
typedef CrWChar CrChar;
#else
typedef CrAChar CrChar;
#endif

#if defined(_WIN32)
#ifdef CR_SDK_EXPORTS
#define SCRSDK_API __declspec(dllexport)
#else
#define SCRSDK_API __declspec(dllimport)
#endif
#else
#ifdef CR_SDK_EXPORTS
#define SCRSDK_API __attribute__((visibility("default")))
#else
#define SCRSDK_API
#endif
#endif

#endif  // CRTYPES_H
