/*
 * tether_crsdk.h — the flat C ABI between Tether Studio (koffi) and the Sony Camera Remote SDK.
 *
 * Rules every function follows:
 *  - Every call returns an int32 status: TC_OK (0), a negative TC_ERR_* from the bridge, or a positive
 *    CrError value passed through unchanged from the SDK (0x8xxx).
 *  - Handles are opaque 64-bit integers with a generation counter; a stale handle is rejected, never reused.
 *  - Strings are UTF-8, NUL-terminated, in fixed-size fields or caller buffers with explicit sizes.
 *  - Output arrays are caller-owned. When one is too small the call returns TC_ERR_BUFFER_TOO_SMALL and
 *    still reports the count needed, so the caller can grow the buffer and retry.
 *  - Calls that may block (connect, disconnect, wait_events, listings) are meant to run on a worker
 *    thread (koffi `.async`); no call ever blocks an SDK callback thread.
 *  - SDK callbacks are copied into a bounded per-context queue. Policy: drop-oldest; every drop is
 *    counted, and the next drain starts with one TC_EVT_OVERFLOW event carrying the number dropped.
 *    Live-view "frame ready" notices live outside the ring: at most one per device, never dropped.
 */
#ifndef TETHER_CRSDK_H
#define TETHER_CRSDK_H

#include <stdint.h>

#if defined(_WIN32)
#define TC_API __declspec(dllexport)
#else
#define TC_API __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

#define TC_ABI_VERSION 2

/* ---- status codes (negative: bridge; positive: CrError passthrough) ---- */
#define TC_OK 0
#define TC_ERR_INVALID_ARG (-1)
#define TC_ERR_NOT_INITIALIZED (-2)
#define TC_ERR_INVALID_HANDLE (-3)
#define TC_ERR_BUFFER_TOO_SMALL (-4)
#define TC_ERR_NOT_FOUND (-5)
#define TC_ERR_TIMEOUT (-6)
#define TC_ERR_NOT_CONNECTED (-7)
#define TC_ERR_FRAME_NOT_UPDATED (-8)
#define TC_ERR_BUSY (-9)
#define TC_ERR_DISCONNECTED (-10)
#define TC_ERR_SDK_INIT_FAILED (-11)
#define TC_ERR_INTERNAL (-12)
#define TC_ERR_CLOSED (-13)
#define TC_ERR_UNSUPPORTED (-14)
#define TC_ERR_ALREADY_CONNECTED (-15)

/* ---- connection modes (CrSdkControlMode) ---- */
#define TC_MODE_REMOTE 0
#define TC_MODE_CONTENTS 1
#define TC_MODE_REMOTE_TRANSFER 2

/* ---- event types ---- */
#define TC_EVT_OVERFLOW 1            /* param2 = events dropped since the previous drain */
#define TC_EVT_CONNECTED 2           /* param1 = connection version; also after an automatic reconnect */
#define TC_EVT_DISCONNECTED 3        /* sdk_code = CrError reason (0 for a requested disconnect) */
#define TC_EVT_PROPERTY_CHANGED 4    /* codes[] (count = codes_count, truncated flag in param1) */
#define TC_EVT_LV_PROPERTY_CHANGED 5 /* codes[] */
#define TC_EVT_DOWNLOAD_COMPLETE 6   /* code = TC_DL_*, text = full path of the written file, param1 = SDK type */
#define TC_EVT_CONTENTS_TRANSFER 7   /* code = TC_CT_*, param2 = content handle, text = file name; a pull that
                                        ends by an OnWarning (failure, cancel) comes as FAILED/CANCELLED too */
#define TC_EVT_WARNING 8             /* code = TC_WARN_*, sdk_code raw, param1/param2/param3 = Ext params */
#define TC_EVT_ERROR 9               /* sdk_code = CrError */
#define TC_EVT_RT_RESULT 10          /* remote transfer: code = TC_RT_*, param1 = percent, text = file */
#define TC_EVT_RT_LIST_CHANGED 11    /* code = TC_LIST_*, param1 = slot, param2 = number added */
#define TC_EVT_FRAME 12              /* a new live-view frame is ready for tc_copy_latest_frame */

/* TC_EVT_WARNING codes (translated from SDK symbols so JS never depends on SDK numbering) */
#define TC_WARN_OTHER 0
#define TC_WARN_RECONNECTING 1
#define TC_WARN_RECONNECTED 2
#define TC_WARN_STORAGE_FULL 3
#define TC_WARN_CAPTURED 4
#define TC_WARN_ALL_DOWNLOAD_COMPLETE 5
#define TC_WARN_FRAME_NOT_UPDATED 6

/* TC_EVT_DOWNLOAD_COMPLETE codes: a shot (type CrDownloadSettingFileType_None) or a settings file */
#define TC_DL_SHOT 1
#define TC_DL_SETTINGS 2

/* TC_EVT_RT_RESULT codes */
#define TC_RT_IN_PROGRESS 1
#define TC_RT_OK 2
#define TC_RT_FAILED 3
#define TC_RT_BUSY 4
#define TC_RT_CANCELLED 5
#define TC_RT_OTHER 6

/* TC_EVT_RT_LIST_CHANGED codes (2 is unused: the SDK has no "deleted" notification) */
#define TC_LIST_ADD 1
#define TC_LIST_ALL 3
#define TC_LIST_CLEAR 4
#define TC_LIST_OTHER 5

/* TC_EVT_CONTENTS_TRANSFER codes */
#define TC_CT_START 1
#define TC_CT_COMPLETE 2
#define TC_CT_FAILED 3
#define TC_CT_CANCELLED 4
#define TC_CT_OTHER 5

/* remote-transfer compressed image kinds */
#define TC_IMAGE_THUMBNAIL 1
#define TC_IMAGE_SCREENNAIL 2

#define TC_EVENT_MAX_CODES 32
#define TC_TEXT_MAX 512

/** One queued event. 8-byte aligned, no implicit padding. */
typedef struct tc_event {
  uint32_t type;
  uint32_t code;
  uint64_t device;   /* device handle, 0 for context-wide events */
  uint64_t seq;      /* per-context sequence number; gaps mean drops */
  int64_t param2;
  uint32_t sdk_code; /* raw SDK value (warning/error/notify) */
  uint32_t param1;
  int32_t param3;
  uint32_t codes_count;
  uint32_t codes[TC_EVENT_MAX_CODES];
  char text[TC_TEXT_MAX];
} tc_event;

/** A camera found by enumeration. */
typedef struct tc_camera_info {
  char id[64];      /* stable: model + hex of the SDK id bytes */
  char model[64];
  char name[64];
  char serial[64];
  char connection_type[16]; /* "USB" or "Network" */
  uint32_t usb_pid;
  uint32_t index;   /* index in this enumeration */
} tc_camera_info;

/** One device property. Possible values live in a separate int64 array (values_offset, values_count). */
typedef struct tc_property {
  uint32_t code;
  uint32_t value_type;    /* CrDataType */
  int32_t enable_flag;    /* CrPropertyEnableFlag: -1 unsupported, 0 false, 1 true, 2 display only, 3 set only */
  uint32_t variable_flag; /* CrPropertyVariableFlag */
  int64_t current;        /* sign-extended according to value_type */
  uint32_t values_offset; /* first possible value in the caller's values array */
  uint32_t values_count;  /* number of possible values */
  uint32_t get_enabled;   /* IsGetEnableCurrentValue */
  uint32_t set_enabled;   /* IsSetEnableCurrentValue */
  char current_str[256];  /* UTF-8, for CrDataType_STR properties */
} tc_property;

/** A live-view frame as copied out. */
typedef struct tc_frame_info {
  uint64_t frame_no;
  uint64_t timestamp_ms; /* epoch ms when the bridge obtained it */
  uint32_t size;
  uint32_t width;
  uint32_t height;
  uint32_t reserved;
} tc_frame_info;

/** One file on the card (remote-transfer or contents-transfer listing). */
typedef struct tc_content_file {
  uint32_t slot;
  uint32_t content_id; /* remote transfer: contentId; contents mode: content handle */
  uint32_t file_id;
  uint32_t file_format;
  uint64_t size;
  uint16_t year;
  uint8_t month, day, hour, minute, second, reserved;
  uint32_t width;
  uint32_t height;
  char path[256]; /* e.g. DCIM/100MSDCF/DSC00001.JPG (untrusted) */
} tc_content_file;

/** An AF or tracking frame in the camera's 640x480 AF space. */
typedef struct tc_focus_frame {
  uint32_t type;
  uint32_t state;
  uint32_t priority;
  int32_t x;
  int32_t y;
  uint32_t width;
  uint32_t height;
  uint32_t reserved;
} tc_focus_frame;

/** Bridge-wide counters. */
typedef struct tc_stats {
  uint64_t events_pushed;
  uint64_t events_dropped;
  uint64_t events_drained;
  uint32_t queue_depth;
  uint32_t queue_capacity;
  uint32_t live_contexts;
  uint32_t live_devices;
  uint32_t live_enum_lists;
  uint32_t live_threads;
} tc_stats;

/* ---- library ---- */
TC_API int32_t tc_abi_version(void);
/** Text for a status (bridge errors and well-known CrErrors). */
TC_API int32_t tc_strerror(int32_t status, char* buf, uint32_t size);
/** "V2.00.00" style SDK version; flavor = 1 when built against the stand-in SDK. */
TC_API int32_t tc_sdk_version(char* buf, uint32_t size, int32_t* out_standin);
/** Process-wide counters (ctx may be 0: queue fields are then zero). */
TC_API int32_t tc_get_stats(uint64_t ctx, tc_stats* out);

/* ---- context ---- */
/** Initialises the SDK (refcounted) and creates an event queue of `queue_capacity` (0 = 4096). */
TC_API int32_t tc_init(uint32_t queue_capacity, uint64_t* out_ctx);
/** Disconnects every device, wakes waiters (they get TC_ERR_CLOSED), releases the SDK on the last context. */
TC_API int32_t tc_release(uint64_t ctx);
/** Copies up to `max` events, waiting up to `timeout_ms` for the first. Returns the count (>= 0) or an error. */
TC_API int32_t tc_wait_events(uint64_t ctx, tc_event* out, uint32_t max, int32_t timeout_ms);

/* ---- cameras ---- */
/** Enumerates cameras (blocking up to timeout_sec inside the SDK). */
TC_API int32_t tc_enumerate(uint64_t ctx, uint32_t timeout_sec, tc_camera_info* out, uint32_t max, uint32_t* out_count);
/** Connects the camera `camera_id` from the last enumeration and waits for OnConnected (up to timeout_ms). */
TC_API int32_t tc_connect(uint64_t ctx, const char* camera_id, int32_t mode, int32_t reconnect, int32_t timeout_ms,
                          uint64_t* out_device);
/** Stops streaming, disconnects, waits for OnDisconnected (up to timeout_ms), releases the SDK device. */
TC_API int32_t tc_disconnect(uint64_t device, int32_t timeout_ms);
/** 1 connected, 2 reconnecting, 0 otherwise. */
TC_API int32_t tc_connection_state(uint64_t device, int32_t* out_state);

/* ---- properties and commands ---- */
TC_API int32_t tc_get_properties(uint64_t device, const uint32_t* codes, uint32_t ncodes, tc_property* out,
                                 uint32_t max, int64_t* values, uint32_t max_values, uint32_t* out_count,
                                 uint32_t* out_values);
TC_API int32_t tc_set_property(uint64_t device, uint32_t code, uint32_t value_type, int64_t value);
TC_API int32_t tc_send_command(uint64_t device, uint32_t command_id, uint32_t param);
TC_API int32_t tc_set_device_setting(uint64_t device, uint32_t key, uint32_t value);
TC_API int32_t tc_set_save_info(uint64_t device, const char* path, const char* prefix, int32_t start_no);
/** kind 1 = AF frames, 2 = tracking frames. */
TC_API int32_t tc_get_focus_frames(uint64_t device, int32_t kind, tc_focus_frame* out, uint32_t max,
                                   uint32_t* out_count);

/* ---- live view ---- */
/** GetLiveViewImageInfo: the buffer size a frame needs. */
TC_API int32_t tc_live_view_info(uint64_t device, uint32_t* out_buffer_size);
/** One direct GetLiveViewImage into `buf` (TC_ERR_FRAME_NOT_UPDATED when nothing new). */
TC_API int32_t tc_grab_live_view(uint64_t device, uint8_t* buf, uint32_t size, tc_frame_info* out);
/** Starts/stops the bridge's frame poller (TC_EVT_FRAME per new frame, coalesced). */
TC_API int32_t tc_live_view_stream(uint64_t device, int32_t enable, int32_t poll_interval_ms);
/** Copies the newest polled frame if its number differs from `last_frame_no` (else TC_ERR_FRAME_NOT_UPDATED). */
TC_API int32_t tc_copy_latest_frame(uint64_t device, uint64_t last_frame_no, uint8_t* buf, uint32_t size,
                                    tc_frame_info* out);

/* ---- remote transfer (CrSdkControlMode_RemoteTransfer) ---- */
TC_API int32_t tc_rt_list(uint64_t device, uint32_t slot, tc_content_file* out, uint32_t max, uint32_t* out_count);
/** Starts one pull into dir/name; progress and result arrive as TC_EVT_RT_RESULT. One at a time. */
TC_API int32_t tc_rt_pull(uint64_t device, uint32_t slot, uint32_t content_id, uint32_t file_id, const char* dir,
                          const char* name);
/** Starts a thumbnail/screennail fetch into dir/name (result as TC_EVT_RT_RESULT). */
TC_API int32_t tc_rt_pull_image(uint64_t device, uint32_t slot, uint32_t content_id, uint32_t file_id, int32_t kind,
                                const char* dir, const char* name);
TC_API int32_t tc_rt_cancel(uint64_t device);

/* ---- contents transfer (CrSdkControlMode_ContentsTransfer) ---- */
TC_API int32_t tc_ct_list(uint64_t device, tc_content_file* out, uint32_t max, uint32_t* out_count);
/** PullContentsFile (small_size: 1 = 2 MP JPEG). Result as TC_EVT_CONTENTS_TRANSFER. */
TC_API int32_t tc_ct_pull(uint64_t device, uint32_t content_handle, int32_t small_size, const char* dir,
                          const char* name);
TC_API int32_t tc_ct_thumbnail(uint64_t device, uint32_t content_handle, uint8_t* buf, uint32_t size,
                               uint32_t* out_size);

/* ---- settings file, LUT ---- */
/** DownloadSettingFile into dir/name; completion as TC_EVT_DOWNLOAD_COMPLETE. */
TC_API int32_t tc_download_settings(uint64_t device, const char* dir, const char* name);
TC_API int32_t tc_upload_settings(uint64_t device, const char* path);
TC_API int32_t tc_import_lut(uint64_t device, const char* path, uint32_t slot);

#ifdef __cplusplus
}
#endif

#endif /* TETHER_CRSDK_H */
