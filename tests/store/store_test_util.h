// Shared by the tests that read a real SQLite store back.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "store/database.h"

namespace dossier::testing {

// The single number a query such as "SELECT count(*) FROM ..." returns.
inline int64_t Count(store::Database& db, const std::string& sql) {
  auto st = db.Prepare(sql);
  EXPECT_TRUE(st.ok()) << sql;
  if (!st.ok()) return -1;
  st->Step();
  return st->Int(0);
}

}  // namespace dossier::testing
