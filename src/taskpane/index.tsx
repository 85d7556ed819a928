// Placeholder entry; the task-pane shell replaces it.
import { createRoot } from "react-dom/client";

const root = document.getElementById("root");
if (root) createRoot(root).render(<p>Theo dõi Kế hoạch CCHC</p>);
