// Vectors for the map's per-point and per-pixel arrays (tens of MB for a million customers), allocated so
// that filling them is cheap: elements are left uninitialised and, on Linux, backed by 2 MB pages.
#pragma once

#include <cstddef>
#include <new>
#include <utility>
#include <vector>

namespace seg::chart {

namespace detail {
void* bulkAllocate(std::size_t bytes);
void bulkFree(void* p) noexcept;
// An allocator for the map's per-point and per-pixel arrays (tens of MB for a million customers): it leaves
// new elements uninitialised (they are written before they are read) and, on Linux, asks for 2 MB pages, so
// filling 16 MB costs 8 page faults instead of 4,000 (each expensive on a virtual machine).
template <class T>
struct BulkAllocator {
    using value_type = T;
    BulkAllocator() = default;
    template <class U>
    BulkAllocator(const BulkAllocator<U>&) noexcept {}
    [[nodiscard]] T* allocate(std::size_t n) { return static_cast<T*>(bulkAllocate(n * sizeof(T))); }
    void deallocate(T* p, std::size_t) noexcept { bulkFree(p); }
    template <class U, class... Args>
    void construct(U* p, Args&&... args) {
        if constexpr (sizeof...(Args) == 0)
            ::new (static_cast<void*>(p)) U;
        else
            ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
    template <class U>
    bool operator==(const BulkAllocator<U>&) const noexcept {
        return true;
    }
};
template <class T>
using BulkVector = std::vector<T, BulkAllocator<T>>;
}  // namespace detail

}  // namespace seg::chart
