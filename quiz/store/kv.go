package store

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

// KV is a string key-value storage such as the browser's localStorage.
// The browser adapter lives in quiz/ui; MemKV serves tests and the server.
type KV interface {
	// Keys lists every key, including those of other apps on the origin.
	Keys() []string
	Get(key string) (string, bool)
	// Set stores value under key, or returns an error and changes
	// nothing. An error caused by full storage should wrap ErrQuotaFull.
	Set(key, value string) error
	Remove(key string)
}

// ErrQuotaFull is wrapped by errors of a KV whose storage is full, and by
// the Store's errors on saving into it.
var ErrQuotaFull = errors.New("the browser's storage for this site is full")

// MemKV is a KV in memory, safe for concurrent use. With Quota above
// zero, a Set that would make the keys and values exceed Quota bytes
// fails with ErrQuotaFull and changes nothing, like a full browser.
type MemKV struct {
	Quota int

	mu sync.Mutex
	m  map[string]string
}

// NewMemKV returns an empty MemKV limited to quota bytes (0: no limit).
func NewMemKV(quota int) *MemKV { return &MemKV{Quota: quota} }

func (kv *MemKV) Keys() []string {
	kv.mu.Lock()
	defer kv.mu.Unlock()
	keys := make([]string, 0, len(kv.m))
	for k := range kv.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (kv *MemKV) Get(key string) (string, bool) {
	kv.mu.Lock()
	defer kv.mu.Unlock()
	v, ok := kv.m[key]
	return v, ok
}

func (kv *MemKV) Set(key, value string) error {
	kv.mu.Lock()
	defer kv.mu.Unlock()
	if kv.Quota > 0 {
		used := kv.used()
		if old, ok := kv.m[key]; ok {
			used -= len(key) + len(old)
		}
		if need := used + len(key) + len(value); need > kv.Quota {
			return fmt.Errorf("%w (%d bytes needed, %d allowed)", ErrQuotaFull, need, kv.Quota)
		}
	}
	if kv.m == nil {
		kv.m = map[string]string{}
	}
	kv.m[key] = value
	return nil
}

func (kv *MemKV) Remove(key string) {
	kv.mu.Lock()
	defer kv.mu.Unlock()
	delete(kv.m, key)
}

// Used is the number of bytes of keys and values stored.
func (kv *MemKV) Used() int {
	kv.mu.Lock()
	defer kv.mu.Unlock()
	return kv.used()
}

func (kv *MemKV) used() int {
	n := 0
	for k, v := range kv.m {
		n += len(k) + len(v)
	}
	return n
}
