// Stand-in declaration of the CRSDK basic types (written for Tether Studio from the public API docs).
#ifndef CRTYPES_H
#define CRTYPES_H

#include <cstdint>

typedef std::int8_t CrInt8;
typedef std::uint8_t CrInt8u;
typedef std::int16_t CrInt16;
typedef std::uint16_t CrInt16u;
typedef std::int32_t CrInt32;
typedef std::uint32_t CrInt32u;
typedef std::int64_t CrInt64;
typedef std::uint64_t CrInt64u;

// Paths and names: UTF-16 (wchar_t) on Windows, UTF-8 (char) elsewhere, as in the SDK.
#if defined(_WIN32)
typedef wchar_t CrChar;
#else
typedef char CrChar;
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
