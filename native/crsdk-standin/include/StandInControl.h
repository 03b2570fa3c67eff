/* Stand-in only: test controls exported by the stand-in libCr_Core (absent from Sony's library). */
#ifndef STANDIN_CONTROL_H
#define STANDIN_CONTROL_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define STANDIN_FAULT_UNPLUG 1            /* camera vanishes now (reconnecting if the connection allows it) */
#define STANDIN_FAULT_REPLUG 2            /* camera comes back (param 1: recovery signalled by warning only) */
#define STANDIN_FAULT_UNPLUG_AFTER_BYTES 3 /* unplug once the next pull has written `param` bytes */
#define STANDIN_FAULT_BUSY 4              /* the next `param` API calls answer CrError_Adaptor_DeviceBusy */
#define STANDIN_FAULT_CARD_FULL 5         /* remaining shots drop to 0; releases do not store */
#define STANDIN_FAULT_CLEAR 6             /* clears every pending fault */

/* camera_index < 0 targets every camera. Returns 0 or -1 for a bad index. */
int32_t StandIn_InjectFault(int32_t camera_index, int32_t fault, int64_t param);
/* Fires `per_thread` OnPropertyChangedCodes from `threads` new native threads on every connected device
 * and returns once they have all finished (early, once no device is connected any more). Returns the
 * number of callbacks fired. */
int64_t StandIn_Flood(int32_t threads, int32_t per_thread);
/* Objects the stand-in currently holds for callers (devices, enum lists, property arrays, threads, ...). */
int32_t StandIn_LiveObjects(void);
/* Pull rate in bytes/s (0 = unlimited). */
void StandIn_SetTransferRate(int64_t bytes_per_second);
/* Size of the files a shot produces (0 keeps the default of ~9.5 MB JPEG / 24 MB RAW). */
void StandIn_SetShotSize(int64_t jpeg_bytes, int64_t raw_bytes);
/* How long an unplugged camera may stay away before a reconnecting connection gives up (ms). */
void StandIn_SetReconnectWindow(int32_t ms);

#ifdef __cplusplus
}
#endif

#endif
